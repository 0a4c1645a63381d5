// Numbers as the page's language writes them, as the build writes them in Java (guide.i18n.Counting, CLDR): "12,345" in
// English, "1234" and "12 345" (a no-break space) in Polish. String(n) wrote "12345" in every language.
// The plural form still comes from the number itself (Intl.PluralRules), never from this text.

/** A function that writes a whole number as `locale` (a BCP 47 tag: pt-PT) writes it; English where the browser does not know it. */
export function numberWriter(locale) {
  let format;
  try { format = new Intl.NumberFormat(locale || 'en'); }
  catch { format = new Intl.NumberFormat('en'); }
  return (n) => format.format(n);
}
