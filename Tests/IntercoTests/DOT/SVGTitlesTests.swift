@testable import Interco
import Testing

@Suite struct SVGTitlesTests {
    static let svg = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <svg width="62pt" height="116pt" viewBox="0.00 0.00 62.00 116.00" xmlns="http://www.w3.org/2000/svg">
        <g id="graph0" class="graph">
        <title>interco</title>
        <g id="clust1" class="cluster"><title>cluster_actor:caf</title></g>
        <g id="node1" class="node"><title>file:caf&#45;allocataires</title></g>
        <g id="edge1" class="edge"><title>actor:caf&#45;&gt;file:caf&#45;allocataires</title></g>
        <g id="node2" class="node"><title>cat:unnamed</title></g>
        </g>
        </svg>
        """

    @Test func theDocumentAndItsObjectsGetPeoplesNames() {
        let names = ["cluster_actor:caf": "CAF <&> « x »", "file:caf-allocataires": "Dossiers d'allocataires",
                     "actor:caf->file:caf-allocataires": "CAF → Dossiers"]
        let out = SVGTitles.apply(to: Self.svg, title: "Qui peut atteindre « santé » <script>", names: names)
        #expect(out.contains("xmlns=\"http://www.w3.org/2000/svg\">\n<title>Qui peut atteindre « santé » &lt;script&gt;</title>\n"))
        #expect(out.contains("<g id=\"graph0\" class=\"graph\">\n<title>Qui peut atteindre « santé » &lt;script&gt;</title>"))
        #expect(out.contains("<title>CAF &lt;&amp;&gt; « x »</title>"))
        #expect(out.contains("<title>Dossiers d&#39;allocataires</title>"))
        #expect(out.contains("<title>CAF → Dossiers</title>"))
        #expect(out.contains("<title>cat:unnamed</title>"), "a title without a name stays as Graphviz wrote it")
        #expect(!out.contains("interco</title>"))
    }

    @Test func graphvizEscapesAreUndoneBeforeTheLookUp() {
        #expect(SVGTitles.unescaped("a&#45;&gt;b &amp; &#x41;&quot;&apos;&lt;") == "a->b & A\"'<")
        #expect(SVGTitles.unescaped("no entity & here; &unknown;") == "no entity & here; &unknown;")
    }
}
