import Foundation
import IntercoRender
import XCTest

/// Clusters with labelled edges laid out by dot used to abort the process
/// ("double free detected in tcache 2") when the layout was freed: Graphviz
/// 2.42's dot cleanup frees a rank array that flat_edges had reallocated.
/// If the renderer's guard regresses, this test crashes the test process.
final class ClusterCleanupTests: XCTestCase {
    func testClusteredGraphWithEdgeLabelsDoesNotAbort() {
        for format in ImageFormat.allCases {
            for _ in 0..<3 {
                guard let output = renderOrFail(ClusterFixture.crashingDot, engine: .dot, format: format) else { return }
                XCTAssertGreaterThan(output.data.count, 1_000)
            }
        }
        // And the renderer is still healthy afterwards.
        XCTAssertNotNil(renderOrFail(Sample.dot, engine: .dot, format: .svg))
    }

    func testOtherEnginesFreeClusteredLayoutsWithoutTrouble() {
        for engine in LayoutEngine.allCases where engine != .dot {
            for _ in 0..<2 {
                XCTAssertNotNil(renderOrFail(ClusterFixture.crashingDot, engine: engine, format: .svg), "\(engine)")
            }
        }
    }
}

/// A graph reduced (by deleting lines while the crash persisted) from a random
/// 30-node, 6-cluster graph that made `cat g.dot g.dot | dot -Tsvg` abort.
enum ClusterFixture {
    static let crashingDot = """
    digraph G {
      graph [rankdir=LR, fontname="DejaVu Sans"];
      node [shape=box, style="rounded,filled", fillcolor="#eef3fb", fontname="DejaVu Sans"];
      edge [fontname="DejaVu Sans", fontsize=10];
      subgraph cluster_0 { label="Groupe 0"; }
      subgraph cluster_1 { label="Groupe 1"; }
      subgraph cluster_2 { label="Groupe 2"; }
      subgraph cluster_3 { label="Groupe 3"; }
      subgraph cluster_4 {
        label="Groupe 4";
        n28 [label="Fichier des comptes n°28"];
      }
      subgraph cluster_5 {
        label="Groupe 5";
        n17 [label="Sécurité sociale n°17"];
        n23 [label="Sécurité sociale n°23"];
      }
      n1 -> n22 [label="flux 1"]; n23 -> n28 [label="flux 2"]; n25 -> n13 [label="flux 3"];
      n16 -> n17 [label="flux 4"]; n23 -> n20 [label="flux 6"]; n28 -> n5 [label="flux 8"];
      n22 -> n7 [label="flux 10"]; n19 -> n3 [label="flux 11"]; n19 -> n24 [label="flux 12"];
      n22 -> n4 [label="flux 13"]; n22 -> n28 [label="flux 15"]; n2 -> n3 [label="flux 16"];
      n4 -> n14 [label="flux 17"]; n17 -> n2 [label="flux 18"]; n16 -> n7 [label="flux 19"];
      n25 -> n14 [label="flux 22"]; n7 -> n21 [label="flux 24"]; n23 -> n12 [label="flux 26"];
      n20 -> n24 [label="flux 28"]; n5 -> n26 [label="flux 30"]; n26 -> n19 [label="flux 31"];
      n13 -> n16 [label="flux 32"]; n5 -> n12 [label="flux 33"]; n26 -> n21 [label="flux 34"];
      n26 -> n14 [label="flux 35"]; n17 -> n14 [label="flux 36"]; n29 -> n24 [label="flux 37"];
      n22 -> n5 [label="flux 38"]; n29 -> n17 [label="flux 39"]; n10 -> n8 [label="flux 40"];
      n10 -> n19 [label="flux 45"]; n13 -> n28 [label="flux 47"]; n8 -> n18 [label="flux 49"];
      n1 -> n18 [label="flux 50"];
    }
    """
}
