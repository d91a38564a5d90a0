// What the package reader finds wrong with a workbook's parts, coded but without the file's name
// (the archive does not know it): the file layer adds the name and makes it a FileFailure.

/** F002 damaged XML; F018 a listed sheet without its part; F019 a cell whose value is not what
 * its type says; F020 a sheet whose data reaches beyond what is read. */
export type DamageCode = "F002" | "F018" | "F019" | "F020";

export class PackageDamage extends Error {
  constructor(
    readonly code: DamageCode,
    readonly params: Readonly<Record<string, string>> = {},
    options?: ErrorOptions
  ) {
    super(`${code} ${JSON.stringify(params)}`, options);
  }
}
