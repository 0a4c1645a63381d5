/**
 * The interface words, one YAML file per language ({@code templates/i18n/<lang>.yaml}): {@link guide.i18n.UiStrings}
 * reads them, checks every language has the same keys and picks plural forms with ICU4J's CLDR rules. Templates read a
 * word as {@code ui.key}; Java code reads one with {@code UiStrings.text}, {@code plural} or {@code about}, and only if its
 * key is in {@code UiStrings.USED_BY_BUILDER}.
 */
package guide.i18n;
