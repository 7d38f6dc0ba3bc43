import Interco
import Testing

/// One fixture per rule; each test asserts the whole diagnostic: place, severity, message and code.
@Suite struct ValidationRuleTests {
    static let cases: [(String, [String])] = [
        ("invalid/unknown-key.yaml", [
            "invalid/unknown-key.yaml:3:5: error: unknown key 'nmae' in actor (did you mean 'name'?); allowed keys: id, name, kind, part_of, aka, description, sources [unknown-key]",
        ]),
        ("invalid/missing-field.yaml", ["invalid/missing-field.yaml:2:5: error: actor is missing required field 'name' [missing-field]"]),
        ("invalid/wrong-type.yaml", [
            "invalid/wrong-type.yaml:2:41: error: 'parent' must be text, found a list [wrong-type]",
            "invalid/wrong-type.yaml:4:5: warning: file 'drm' cites no source [no-source]",
            "invalid/wrong-type.yaml:4:47: error: 'data' must be a list of ids; write [income] [wrong-type]",
        ]),
        ("invalid/bad-id.yaml", [
            "invalid/bad-id.yaml:2:10: error: 'id' value 'Pôle-Emploi' is not a valid id: ids use only lowercase letters a-z, digits, '-' and '.' [invalid-id]",
        ]),
        ("invalid/duplicate-id.yaml", [
            "invalid/duplicate-id.yaml:2:10: error: duplicate id 'caf': already defined as a data category [duplicate-id]",
        ]),
        ("invalid/duplicate-key.yaml", ["invalid/duplicate-key.yaml:4:5: error: key 'name' is given twice in this actor [duplicate-key]"]),
        ("invalid/dangling-reference.yaml", [
            "invalid/dangling-reference.yaml:6:5: warning: file 'ficoba' cites no source [no-source]",
            "invalid/dangling-reference.yaml:6:41: error: unknown id 'dgifp' in 'held_by' (expected an actor) (did you mean 'dgfip'?) [unknown-id]",
            "invalid/dangling-reference.yaml:6:55: error: unknown id 'bank-acounts' in 'data' (expected a data category) (did you mean 'bank-accounts'?) [unknown-id]",
        ]),
        ("invalid/wrong-sort.yaml", [
            "invalid/wrong-sort.yaml:6:5: warning: file 'ficoba' cites no source [no-source]",
            "invalid/wrong-sort.yaml:7:5: warning: file 'copy' cites no source [no-source]",
            "invalid/wrong-sort.yaml:7:38: error: 'held_by' must name an actor, but 'ficoba' is a file [wrong-sort]",
            "invalid/wrong-sort.yaml:9:5: warning: right dgfip → bank-accounts (consultation) cites no source [no-source]",
            "invalid/wrong-sort.yaml:9:29: error: 'reaches' must name an actor or a file, but 'bank-accounts' is a data category [wrong-sort]",
        ]),
        ("invalid/parent-cycle.yaml", ["invalid/parent-cycle.yaml:2:30: error: cycle in 'parent' of data categories: a → c → b → a [cycle]"]),
        ("invalid/part-of-cycle.yaml", ["invalid/part-of-cycle.yaml:2:56: error: cycle in 'part_of' of actors: unit → agency → unit [cycle]"]),
        ("invalid/impossible-date.yaml", [
            "invalid/impossible-date.yaml:6:5: warning: file 'ficoba' cites no source [no-source]",
            "invalid/impossible-date.yaml:6:78: error: 'since' value '2023-02-30' is not a date that exists [invalid-date]",
            "invalid/impossible-date.yaml:7:5: warning: file 'old' cites no source [no-source]",
            "invalid/impossible-date.yaml:7:88: error: 'until' (2019) must come after 'since' (2020-06) [date-range]",
            "invalid/impossible-date.yaml:8:5: warning: file 'bad' cites no source [no-source]",
            "invalid/impossible-date.yaml:8:72: error: 'since' value 'June 2020' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD [invalid-date]",
        ]),
        ("invalid/unknown-vocabulary.yaml", [
            "invalid/unknown-vocabulary.yaml:2:36: error: unknown actor kind 'stat' (did you mean 'state'?); expected one of: state, public-body, social-security, local-authority, court, independent-authority, private-company, contractor, association [unknown-value]",
            "invalid/unknown-vocabulary.yaml:7:5: warning: file 'ficoba' cites no source [no-source]",
            "invalid/unknown-vocabulary.yaml:7:74: error: unknown file kind 'registry' (did you mean 'register'?); expected one of: register, case-file, score, api, declaration, processing, platform [unknown-value]",
            "invalid/unknown-vocabulary.yaml:9:5: warning: right ft → ficoba (consultation) cites no source [no-source]",
            "invalid/unknown-vocabulary.yaml:9:40: error: unknown right kind 'consulting'; expected one of: consultation, communication, transmission, interconnection, processing [unknown-value]",
            "invalid/unknown-vocabulary.yaml:9:60: error: unknown status 'in-forse' (did you mean 'in-force'?); expected one of: in-force, experimental, planned, alleged, censured, repealed, ended [unknown-value]",
            "invalid/unknown-vocabulary.yaml:9:82: error: unknown confidence 'sure'; expected one of: official, corroborated, reported, inferred, disputed [unknown-value]",
        ]),
        ("invalid/history.yaml", [
            "invalid/history.yaml:14:54: error: history event of 2019 must come after the one before it (2020): write the events in date order, one per day [history-order]",
            "invalid/history.yaml:20:71: error: only the first history event may have `date: unknown` [history-order]",
            "invalid/history.yaml:25:12: error: 'since' (2021) differs from the first history event's date (2020) [history-mismatch]",
            "invalid/history.yaml:33:12: error: 'until' (2023) differs from the date of the first event that ends the fact (2024, repealed) [history-mismatch]",
            "invalid/history.yaml:40:13: error: 'status' (in-force) differs from the last history event's (repealed): the status is the latest state [history-mismatch]",
            "invalid/history.yaml:48:15: error: history event is missing required field 'date' [missing-field]",
            "invalid/history.yaml:48:56: error: unknown status 'valid'; expected one of: in-force, experimental, planned, alleged, censured, repealed, ended [unknown-value]",
            "invalid/history.yaml:48:95: error: unknown key 'basis' in history event; allowed keys: date, status, note, sources [unknown-key]",
            "invalid/history.yaml:48:131: error: undefined source 'nowhere' in 'history' (expected a source) [undefined-source]",
            "invalid/history.yaml:55:14: error: 'history' must be a list of events ({date, status, …}), found text [wrong-type]",
        ]),
        ("invalid/empty-target.yaml", [
            "invalid/empty-target.yaml:5:5: warning: right ft → banks (communication) cites no source [no-source]",
            "invalid/empty-target.yaml:5:26: error: this right reaches actor 'banks', which holds no file, and gives no 'data': list the categories it can obtain [empty-target]",
        ]),
        ("invalid/questions.yaml", [
            "invalid/questions.yaml:11:10: error: duplicate id 'ok': already defined as a question [duplicate-id]",
            "invalid/questions.yaml:12:71: error: question 'two': 'paths' takes 2 arguments (actor, category), found 1 [question-arguments]",
            "invalid/questions.yaml:13:70: error: question 'ref': 'cav' is not an actor (did you mean 'caf'?) [question-reference]",
            "invalid/questions.yaml:14:92: error: question 'flt': 'reach' takes no filter 'stauts' (did you mean 'status'?); it takes at, status, purpose, about, max-hops, actor-kind, kind, paths, limit [question-filter]",
            "invalid/questions.yaml:14:109: error: question 'flt': at '2020-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD), 'today' or 'any' [question-filter]",
            "invalid/questions.yaml:15:111: error: question 'val': actor-kind: unknown value 'private-compny' (did you mean 'private-company'?); expected a comma-separated list of state, public-body, social-security, local-authority, court, independent-authority, private-company, contractor, association [question-filter]",
            "invalid/questions.yaml:15:136: error: question 'val': about 'nobody' is not a population [question-reference]",
            "invalid/questions.yaml:16:22: error: 'title' is missing required field 'en' [missing-field]",
            "invalid/questions.yaml:16:47: error: unknown question command 'render'; expected one of: who-can-reach, reach, paths, list [unknown-value]",
        ]),
        ("invalid/self-right.yaml", [
            "invalid/self-right.yaml:8:28: error: this right reaches its own actor 'bank': a body reaches its own files by holding them; name the third party or file the right opens [self-right]",
        ]),
        ("invalid/undefined-source.yaml", [
            "invalid/undefined-source.yaml:2:53: error: undefined source 'cour-des-comptes' in 'sources' (expected a source) [undefined-source]",
            "invalid/undefined-source.yaml:4:10: warning: source 'cdc-2020' is never cited [unused-source]",
        ]),
        ("invalid/warnings.yaml", [
            "invalid/warnings.yaml:2:10: warning: source 'unused' is never cited [unused-source]",
            "invalid/warnings.yaml:8:5: warning: file 'ficoba' cites no source [no-source]",
            "invalid/warnings.yaml:8:5: warning: file 'ficoba' has no `since`: it counts at every date: give `since`, or `since: unknown` with a note [undated]",
            "invalid/warnings.yaml:10:5: warning: right 'r1' cites no source [no-source]",
            "invalid/warnings.yaml:10:5: warning: right 'r1' has no `since`: it counts at every date: give `since`, or `since: unknown` with a note [undated]",
            "invalid/warnings.yaml:10:5: warning: right 'r1' is in force with no legal basis: give `basis`, a `basis_note` saying why none is identified, or `internal: true` for the holder's own staff's access [no-basis]",
            "invalid/warnings.yaml:12:5: warning: flow ficoba → ficoba cites no source [no-source]",
            "invalid/warnings.yaml:12:5: warning: flow ficoba → ficoba has no `since`: it counts at every date: give `since`, or `since: unknown` with a note [undated]",
        ]),
        ("invalid/standing.yaml", [
            "invalid/standing.yaml:10:5: warning: file 'f' has `since: unknown` but no description saying what is known of its start [undated]",
            "invalid/standing.yaml:10:92: error: 'number' of 'people' must be a whole number, found 'many' [wrong-type]",
            "invalid/standing.yaml:11:5: warning: file 'g' is in force but none of its sources supports it (a contradicting source is not evidence for it): cite a supporting source or change its status [unsupported]",
            "invalid/standing.yaml:11:108: error: 'retention' is missing required field 'source' [missing-field]",
            "invalid/standing.yaml:13:93: error: unknown source role 'refutes'; expected one of: supports, contradicts, context [unknown-value]",
            "invalid/standing.yaml:14:107: error: cited source is missing required field 'id' [missing-field]",
            "invalid/standing.yaml:14:169: error: 'purpose' value 'Bad' is not a valid id: ids use only lowercase letters a-z, digits, '-' and '.' [invalid-id]",
            "invalid/standing.yaml:15:5: warning: right 'r3' is in force with no legal basis: give `basis`, a `basis_note` saying why none is identified, or `internal: true` for the holder's own staff's access [no-basis]",
            "invalid/standing.yaml:15:89: error: undefined source 'nowhere' in 'safeguards' (expected a source) [undefined-source]",
        ]),
        ("invalid/bad-url.yaml", [
            "invalid/bad-url.yaml:2:34: error: 'url' must be an http:// or https:// address without spaces, found 'javascript:alert(1)' [invalid-url]",
        ]),
        ("invalid/not-a-list.yaml", [
            "invalid/not-a-list.yaml:2:3: error: 'actors' must be a list of entries (each starting with '- '), found a mapping [section-not-a-list]",
        ]),
        ("invalid/unknown-section.yaml", [
            "invalid/unknown-section.yaml:1:1: error: unknown top-level key 'actor' (did you mean 'actors'?); expected one of: actors, data, files, flows, populations, questions, rights, sources [unknown-section]",
        ]),
    ]

    @Test(arguments: cases)
    func rule(_ fixture: String, _ expected: [String]) {
        #expect(Fixtures.diagnostics(fixture) == expected)
    }

    @Test func warningsAloneLeaveTheModelValid() {
        let result = ModelLoader().load(paths: [Fixtures.path("invalid/warnings.yaml")])
        #expect(result.isValid)
        #expect(result.model.rights.count == 1)
    }

    @Test func everyProblemOfAFileIsReportedInOneRun() {
        // unknown-vocabulary.yaml holds five errors on three entries: none hides another.
        #expect(Fixtures.diagnostics("invalid/unknown-vocabulary.yaml").filter { $0.contains(": error: ") }.count == 5)
    }
}
