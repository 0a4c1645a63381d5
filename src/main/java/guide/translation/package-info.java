/**
 * Translations: {@link guide.translation.TranslationIndex} groups published documents by {@code translationKey} (the
 * language switch and hreflang come from it), {@link guide.translation.TranslationReport} says where each translation
 * stands (current, outdated and what changed, missing), from the source revision stamped in it
 * ({@link guide.translation.SourceRevision}) and the source's history in git. {@link guide.translation.TranslationStarter}
 * starts a translation ({@code ./guide translate}). The XLIFF exchange is in {@code xliff}.
 */
package guide.translation;
