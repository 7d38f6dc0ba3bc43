@testable import Interco
import Testing

/// Names worked out by hand on `Fixtures/lookup/names.yaml`.
@Suite struct NameResolverTests {
    let model = Fixtures.model("lookup/names.yaml")
    var resolver: NameResolver { NameResolver(model) }

    func actorID(_ text: String) -> String? { resolver.actor(text).map { model.actors[$0].id.value } }

    @Test func foldingIgnoresCaseAccentsAndPunctuation() {
        #expect(NameResolver.fold("Pôle emploi") == "pole-emploi")
        #expect(NameResolver.fold("  POLE--EMPLOI ") == "pole-emploi")
        #expect(NameResolver.fold("Caisse d'allocations") == "caisse-d-allocations")
    }

    @Test func anActorIsFoundByIdNameOrAka() {
        #expect(actorID("operator") == "operator")
        #expect(actorID("pole-emploi") == "operator")
        #expect(actorID("PÔLE EMPLOI") == "operator")
        #expect(actorID("anpe") == "operator")
        #expect(actorID("opérateur national") == "operator")
        #expect(actorID("nobody") == nil)
    }

    @Test func aNameSharedByTwoActorsNamesNeither() {
        #expect(actorID("la-caisse") == nil)
        #expect(actorID("fund-a") == "fund-a")
    }

    @Test func aFileStandsForTheCategoriesItDeclares() {
        #expect(resolver.category("identity") == .category(0))
        #expect(resolver.category("register") == .file(0, categories: [0]))
        #expect(resolver.category("ledger") == .file(1, categories: [0, 1]))
        #expect(resolver.category("bank") == nil)
    }

    @Test func anIdSaysWhatItNames() {
        #expect(resolver.sorts(of: "income") == [.category])
        #expect(resolver.sorts(of: "tax") == [.actor])
        #expect(resolver.sorts(of: "r-look") == [.right])
        #expect(resolver.sorts(of: "f-copy") == [.flow])
        #expect(resolver.sorts(of: "missing") == [])
    }

    @Test func hintsSayWhatAWordNames() {
        #expect(resolver.hint(for: "register", expected: .actor) == " ('register' is a file)")
        #expect(resolver.hint(for: "identiy", expected: .category) == " (did you mean 'identity'?)")
        #expect(resolver.hint(for: "r-lok", expected: .category) == " (did you mean 'r-look', a right?)")
        #expect(resolver.hint(for: "zzzzzzzzzz", expected: .actor) == "")
    }
}
