/// A framework held by reference, for code that hands one framework to thousands of readings.
///
/// ``Framework`` is a value with some forty references inside (texts, lists, tables); each copy
/// of it counts every one of them up and down again. A batch passed its framework by value
/// through the response reader and back about five times per response. Held here, it is counted
/// once per hand-over; the parts a reader needs are read in place.
package final class SharedFramework: Sendable {
    /// The framework.
    package let value: Framework

    package init(_ framework: Framework) { value = framework }
}
