/**
 * Whether a JSONPath names at most one value. Indefinite paths (filters,
 * wildcards, deep scans, unions, slices) give a JSON array, as in the Jayway
 * JsonPath that Genesys Cloud uses. The catalog's templates and the emulator
 * both decide by this one rule.
 */
export function isDefinitePath(path: string): boolean {
  return !/\[\?|\*|\.\.|\[[^\]]*[,:][^\]]*\]/.test(path);
}
