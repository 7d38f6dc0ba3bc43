extension Diagnostic.Code {
    /// Every code a diagnostic can carry, one per rule (or per message of a rule with several),
    /// each documented with an example in docs/model-format.md.
    public static let all: [Diagnostic.Code] = [
        // Inputs and text
        MissingPathRule.code, DirectoryRule.code, DirectoryRule.emptyCode, UnreadableFileRule.code, FileSizeRule.code,
        EncodingRule.code, ControlCharacterRule.code, EmptyFileRule.code, EntryLimitRule.code,
        // YAML
        SyntaxRule.code, NestingRule.code, AliasRule.undefinedCode, AliasRule.limitCode, ParserRule.code,
        // Sections and entries
        SectionRule.unknownCode, SectionRule.duplicateCode, SectionRule.notAListCode, SectionRule.topLevelCode,
        EntryShapeRule.code, UnknownKeyRule.code, DuplicateKeyRule.code, RequiredFieldRule.code, FieldTypeRule.code,
        IDRule.code, DateRule.code, VocabularyRule.code, URLRule.code, UndatedRule.code, BilingualTextRule.code,
        HistoryRule.orderCode, HistoryRule.mismatchCode,
        // The whole model
        DuplicateIDRule.code, ReferenceRule.unknownCode, ReferenceRule.undefinedSourceCode, ReferenceRule.wrongSortCode,
        CycleRule.code, DateRangeRule.code, EmptyTargetRule.code, SelfRightRule.code, SourcelessRule.code,
        UnusedSourceRule.code, BasisRule.code, SupportRule.code,
        QuestionRule.argumentsCode, QuestionRule.filterCode, QuestionRule.referenceCode,
        // Themes
        Theme.diagnosticCode,
    ]
}
