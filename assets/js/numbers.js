// Numbers as the page's language writes them, as the build writes them in Java (guide.i18n.Counting, CLDR): "12,345" in
// English, "1234" and "12 345" (a no-break space) in Polish. String(n) wrote "12345" in every language.
// The plural form still comes from the number itself (Intl.PluralRules), never from this text.

// The digits are the build's too: a page whose language writes numbers with other digits than 0-9 lists them on <html>
// (data-digit-symbols="०१२३४५६७८९", from ICU4J's CLDR data), and the script writes each 0-9 of Intl's with them.
// Chromium's Intl writes Latin digits for some locales whose CLDR digits are others (Nepali: "12" where the build wrote
// "१२" and the stylesheet's total "१२" too); where the browser writes the language's digits already, nothing changes.

/**
 * A function that writes a whole number as `locale` (a BCP 47 tag: pt-PT) writes it, in the page's digits; English where
 * the browser does not know it.
 */
export function numberWriter(locale) {
  const digits = [...(document.documentElement.dataset.digitSymbols || '')];
  // With the page's digits, Intl writes Latin ones to be replaced, whatever digits it would choose for the locale.
  const options = digits.length === 10 ? { numberingSystem: 'latn' } : {};
  let format;
  try { format = new Intl.NumberFormat(locale || 'en', options); }
  catch { format = new Intl.NumberFormat('en', options); }
  if (digits.length !== 10) return (n) => format.format(n);
  return (n) => format.format(n).replace(/[0-9]/g, (d) => digits[d]);
}
