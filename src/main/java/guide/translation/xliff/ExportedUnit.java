package guide.translation.xliff;

/**
 * A unit as the XLIFF file carries it: its source, the current translation (null when there is
 * none) and what the translator has to do with it.
 */
public record ExportedUnit(Unit unit, TaggedText target, UnitState state) {
}
