import Foundation
import Interco
import Testing

/// Rules that keep the shipped map honest, checked on the records themselves (the validator warns
/// on the first three too; these tests fail even if a warning were silenced), and a scan of the
/// repository for references to documents outside it.
@Suite struct IntegrityTests {
    static let model = ModelLoader().loadShipped().model

    @Test func everyInForceRightHasABasisOrSaysWhyNot() {
        for right in Self.model.rights where right.status == .inForce {
            #expect(right.basis != nil || right.internal || right.basisNote != nil,
                    "right \(right.label) is in force with no basis, no basis_note and not internal")
        }
    }

    /// The descriptions written so far in both languages stay so: a French reader gets French.
    @Test func actorCategoryAndPopulationDescriptionsAreInBothLanguages() {
        let described = Self.model.actors.map { ("actor '\($0.id.value)'", $0.description) }
            + Self.model.categories.map { ("category '\($0.id.value)'", $0.description) }
            + Self.model.populations.map { ("population '\($0.id.value)'", $0.description) }
        for (name, description) in described {
            guard let description else { continue }
            #expect(!description.isSingle, "\(name) has its description in one language only")
        }
    }

    /// Files', rights' and flows' texts too: a text given in one language only shows in English
    /// in a French answer. (A text entirely in French quoted from the law would be the same in
    /// both; the shipped model has none left, so none is excepted.)
    @Test func fileRightAndFlowTextsAreInBothLanguages() {
        var texts: [(String, Localized?)] = Self.model.files.map { ("file '\($0.id.value)' description", $0.description) }
            + Self.model.files.map { ("file '\($0.id.value)' people note", $0.safeguards.people?.note) }
        for right in Self.model.rights { texts += [("right \(right.label) note", right.note), ("right \(right.label) basis_note", right.basisNote)] }
        for flow in Self.model.flows { texts += [("flow \(flow.label) note", flow.note), ("flow \(flow.label) basis_note", flow.basisNote)] }
        for (sort, records) in [("file", Self.model.files.map { ($0.id.value, $0.standing) }),
                                ("right", Self.model.rights.map { ($0.label, $0.standing) }),
                                ("flow", Self.model.flows.map { ($0.label, $0.standing) })] {
            for (label, standing) in records {
                texts += standing.events.map { ("\(sort) \(label) history note of \($0.date.map { "\($0.value)" } ?? "unknown date")", $0.note) }
            }
        }
        for (name, text) in texts {
            guard let text else { continue }
            #expect(!text.isSingle, "\(name) is in one language only")
        }
    }

    /// A source's title is the document's own (one text, in its language) or our description of
    /// it, which French readers must read in French: a title, note or publisher in one text holds none of
    /// the English words a description is written with.
    @Test func sourceDescriptionsAreInBothLanguages() {
        let english: Set<Substring> = ["the", "of", "and", "with", "from", "about", "which", "since", "on", "is", "to", "by"]
        for source in Self.model.sources {
            for (field, text) in [("title", source.title), ("note", source.note), ("publisher", source.publisher)] {
                guard let text, text.isSingle else { continue }
                let words = text.en.lowercased().split { !$0.isLetter || !$0.isASCII }
                #expect(!words.contains(where: english.contains), "source '\(source.id.value)' \(field) reads as English in one language only")
            }
        }
    }

    /// English answers name categories and populations in English: each name is in both
    /// languages. An actor's or a file's name may be one text only when it is a proper name (no
    /// French word that a description would need: « Parcours insertion emploi », « Urssaf »).
    @Test func namesAreInBothLanguages() {
        for category in Self.model.categories { #expect(!category.name.isSingle, "category '\(category.id.value)'") }
        for population in Self.model.populations { #expect(!population.name.isSingle, "population '\(population.id.value)'") }
        let french: Set<Substring> = ["de", "des", "du", "la", "le", "les", "et", "d", "l", "au", "aux"]
        let named = Self.model.actors.map { ("actor", $0.id.value, $0.name) } + Self.model.files.map { ("file", $0.id.value, $0.name) }
        for (kind, id, name) in named where name.isSingle {
            let words = name.fr.lowercased().split { !$0.isLetter }
            #expect(!words.contains(where: french.contains), "\(kind) '\(id)' is named in French only")
        }
    }

    @Test func everyFactIsDatedOrSaysItsStartIsUnknown() {
        // Dated: its first event (written or meant by `since`) has a date.
        func dated(_ standing: Standing) -> Bool { standing.events.first?.date != nil || standing.sinceUnknown }
        for file in Self.model.files { #expect(dated(file.standing), "file '\(file.id.value)' has no since") }
        for right in Self.model.rights { #expect(dated(right.standing), "right \(right.label) has no since") }
        for flow in Self.model.flows { #expect(dated(flow.standing), "flow \(flow.label) has no since") }
    }

    @Test func noInForceFactRestsOnlyOnContradictingOrContextSources() {
        func supported(_ sources: [Located<String>], _ roles: [String: SourceRole]) -> Bool {
            sources.contains { roles[$0.value] == nil }
        }
        for file in Self.model.files where file.status == .inForce {
            #expect(supported(file.sources, file.sourceRoles), "file '\(file.id.value)'")
        }
        for right in Self.model.rights where right.status == .inForce {
            #expect(supported(right.sources, right.sourceRoles), "right \(right.label)")
        }
        for flow in Self.model.flows where flow.status == .inForce {
            #expect(supported(flow.sources, flow.sourceRoles), "flow \(flow.label)")
        }
    }

    /// Texts that point outside the repository: a working directory, the notes the map was first
    /// drawn from, their numbering. Written in pieces so that this file does not match itself.
    static let outsideReferences = ["/wo" + "rk/", "/sha" + "red/", "fact" + "sheet", "fact" + " sheet", "fact" + "-sheet",
                                    "se" + "ed 0"]

    @Test func noFileOfTheRepositoryNamesADocumentOutsideIt() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let skipped: Set<String> = [".git", ".build", ".swiftpm", "Package.resolved"]
        let walker = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
        var scanned = 0
        var offending: [String] = []
        for case let url as URL in walker {
            let name = url.lastPathComponent
            if skipped.contains(name) || name.hasPrefix(".build") { walker.skipDescendants(); continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  let data = try? Data(contentsOf: url), !data.contains(0), let text = String(data: data, encoding: .utf8)
            else { continue }
            scanned += 1
            let lowered = text.lowercased()
            let relative = String(url.path.dropFirst(root.path.count + 1))
            for pattern in Self.outsideReferences where lowered.contains(pattern) { offending.append("\(relative): '\(pattern)'") }
            // Bracketed numbered codes of outside notes: an E followed by digits, in square brackets.
            if text.range(of: #"\[E[0-9]"#, options: .regularExpression) != nil { offending.append("\(relative): [E…] code") }
        }
        #expect(offending == [])
        #expect(scanned > 100)
    }
}
