@testable import Interco
import Testing

@Suite struct SuggestionTests {
    @Test func closeTyposAreSuggested() {
        #expect(Suggestion.closest(to: "dgifp", in: ["dgfip", "dss", "cnav"]) == "dgfip")
        #expect(Suggestion.closest(to: "bank-acounts", in: ["bank-accounts", "bank-transactions"]) == "bank-accounts")
    }

    @Test func distantWordsAreNot() {
        #expect(Suggestion.closest(to: "consulting", in: ["consultation", "communication"]) == nil)
        #expect(Suggestion.phrase(for: "zzz", in: ["caf"]) == "")
    }

    @Test func theIndexFindsWhatAFullScanFinds() {
        // Candidates of every length around the words: the closest one, ties to the smallest.
        let candidates = ["caf", "cafs", "cnaf", "cnav", "msa", "dgfip", "dgddi", "urssaf", "france-travail",
                          "france-travail.fraud", "a", "ab", "abc", "abcd", "abce"]
        let index = Suggestion.Index(candidates)
        for word in ["caff", "cnam", "dgfp", "ursaf", "france-travial", "abcx", "b", "", "zzzzzzzz"] {
            var best: (String, Int)?
            for candidate in candidates {
                let distance = Suggestion.editDistance(Array(word.unicodeScalars), Array(candidate.unicodeScalars), bound: 100)
                if distance <= max(2, word.unicodeScalars.count / 3), best == nil || (distance, candidate) < (best!.1, best!.0) {
                    best = (candidate, distance)
                }
            }
            #expect(index.closest(to: word) == best?.0, "\(word)")
        }
    }

    @Test func aSuggestionIsShownThroughSafeText() {
        #expect(Suggestion.phrase("a\u{1B}b") == " (did you mean 'a\\u{1B}b'?)")
        #expect(Suggestion.phrase(nil) == "")
    }

    @Test func aSuggesterReadsEachKindsCandidatesOnceAndStopsAtTheLimit() {
        var suggester = Suggestion.Suggester<String>()
        var reads = 0
        var diagnostics: [Diagnostic] = []
        for number in 0..<(Suggestion.perKindLimit + 3) {
            let phrase = suggester.phrase(for: "actr", kind: "actor", position: diagnostics.count) { reads += 1; return ["actor"] }
            #expect(phrase == (number < Suggestion.perKindLimit ? " (did you mean 'actor'?)" : ""))
            diagnostics.append(Diagnostic(.error, "unknown-id", at: SourceLocation(file: "m.yaml", line: number + 1, column: 1), "unknown"))
        }
        #expect(suggester.phrase(for: "fil", kind: "file", position: diagnostics.count) { ["file"] } == " (did you mean 'file'?)")
        #expect(reads == 1)
        suggester.annotate(&diagnostics)
        #expect(diagnostics[Suggestion.perKindLimit].message
                == "unknown (no suggestions past the first 100 unknown ids of this kind: 3 more, this one included)")
        #expect(diagnostics.filter { $0.message != "unknown" }.count == 1)
    }

    @Test func onlyTheFirstHundredUnknownIdsOfAKindGetASuggestion() {
        var yaml = "sources:\n  - {id: s, title: S}\ndata:\n  - {id: d, name: D}\nactors:\n"
        for actor in 0..<150 { yaml += "  - {id: a\(1000 + actor), name: A, kind: state}\n" }
        yaml += "files:\n  - {id: f, name: F, held_by: a1000, data: [d], sources: [s]}\nrights:\n"
        for right in 0..<150 { yaml += "  - {actor: x\(1000 + right), reaches: f, kind: consultation, sources: [s]}\n" }
        yaml += "  - {actor: a1000, reaches: f, kind: consultation, data: [e], sources: [s]}\n"
        let result = ModelLoader().load(inputs: [.init(path: "m.yaml", bytes: Array(yaml.utf8))])
        let actors = result.diagnostics.filter { $0.message.contains("in 'actor'") }
        #expect(actors.count == 150)
        #expect(actors.filter { $0.message.contains("did you mean") }.count == Suggestion.perKindLimit)
        #expect(actors[0].message == "unknown id 'x1000' in 'actor' (expected an actor) (did you mean 'a1000'?)")
        #expect(actors[100].message == "unknown id 'x1100' in 'actor' (expected an actor) (no suggestions past the first 100 "
                + "unknown ids of this kind: 50 more, this one included)")
        #expect(actors[101].message == "unknown id 'x1101' in 'actor' (expected an actor)")
        // Another kind keeps its own count.
        #expect(result.diagnostics.contains { $0.message == "unknown id 'e' in 'data' (expected a data category) (did you mean 'd'?)" })
    }
}
