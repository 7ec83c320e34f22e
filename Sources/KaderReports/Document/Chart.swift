/// A horizontal bar chart on a 0-100 axis. A chart draws numbers that a table in the same
/// document also states, so a medium that cannot draw leaves it out and loses nothing.
public struct Chart: Sendable {
    /// One value of a row: the number and how it is written (nil: no score).
    public struct Value: Sendable {
        /// The number, 0-100.
        public var value: Double?
        /// The number as the document writes it ("73,2").
        public var text: String

        /// Creates a value.
        public init(_ value: Double?, text: String) {
            self.value = value
            self.text = text
        }
    }

    /// One row: a label, a value per series, and for a group the lowest and highest value.
    public struct Row: Sendable {
        /// The row's label (a domain).
        public var label: String
        /// One value per series.
        public var values: [Value]
        /// The lowest and highest value (a whisker), for groups.
        public var range: ClosedRange<Double>?
        /// A word after the row's value that the number alone does not say ("begrensd": the
        /// level is capped below the score's band).
        public var mark: String?

        /// Creates a row.
        public init(_ label: String, values: [Value], range: ClosedRange<Double>? = nil) {
            self.label = label
            self.values = values
            self.range = range
        }
    }

    /// The chart's title (for screen readers).
    public var title: String
    /// What it shows in words (for screen readers).
    public var description: String
    /// The caption under it.
    public var caption: String
    /// The names of the series (a legend when there is more than one).
    public var series: [String]
    /// The rows.
    public var rows: [Row]
    /// What a missing value says ("onvoldoende gegevens").
    public var missing: String
    /// Where the axis has grid lines: the framework's level edges when it has levels.
    public var gridlines: [Double] = [0, 25, 50, 75, 100]

    /// Creates a chart.
    public init(title: String, description: String, caption: String, series: [String], rows: [Row], missing: String) {
        self.title = title
        self.description = description
        self.caption = caption
        self.series = series
        self.rows = rows
        self.missing = missing
    }
}
