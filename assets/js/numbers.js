// Numbers as the page's language writes them, as the build writes them in Java (guide.i18n.Counting, CLDR): "12,345" in
// English, "1234" and "12 345" (a no-break space) in Polish. String(n) wrote "12345" in every language.
// The plural form still comes from the number itself (Intl.PluralRules), never from this text.

/**
 * A function that writes a whole number as `locale` (a BCP 47 tag: pt-PT) writes it; English where the browser does not
 * know it. In the build's digits: where <html> lists them (data-digit-symbols, ICU4J's), Intl's Latin ones become those,
 * as Chromium's Intl writes "12" for Nepali where CLDR writes "१२".
 */
export function numberWriter(locale) {
  const digits = [...(document.documentElement.dataset.digitSymbols || '')];
  const options = digits.length === 10 ? { numberingSystem: 'latn' } : {};
  let format;
  try { format = new Intl.NumberFormat(locale || 'en', options); }
  catch { format = new Intl.NumberFormat('en', options); }
  if (digits.length !== 10) return (n) => format.format(n);
  return (n) => format.format(n).replace(/[0-9]/g, (d) => digits[d]);
}
