// Intl formatters made once per language and kind: making one costs far more than using it (a document makes dozens).
const made = new Map<string, unknown>();

/**
 * The Intl object `make` gives for the language, made once per `kind` and language; when Intl does not accept the
 * tag (it throws then), what `fallback` gives, by default the same object for English.
 */
export function localized<T>(kind: string, language: string, make: (language: string) => T, fallback: () => T = () => make('en')): T {
  const key = `${kind}\0${language}`;
  if (made.has(key)) return made.get(key) as T;
  let value: T;
  try {
    value = make(language);
  } catch {
    value = fallback();
  }
  made.set(key, value);
  return value;
}
