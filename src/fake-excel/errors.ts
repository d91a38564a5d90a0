// Errors the fake throws where Excel throws, with Excel's error codes (OfficeExtension.Error.code),
// so a shell that mishandles the API fails in tests the way it would fail in Excel.

export type FakeErrorCode =
  | "AccessDenied"
  | "InvalidOperationInCellEditMode"
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "PendingOperations";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  /** As OfficeExtension.Error.traceMessages: the context.trace() messages of the failed batch
   * that ran before the failure. */
  traceMessages: string[] = [];
  constructor(
    readonly code: FakeErrorCode,
    message: string
  ) {
    super(`${code}: ${message}`);
  }
}

export function propertyNotLoaded(path: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `${path}.${property} was read before load("${property}") and context.sync()`
  );
}

/** Excel refuses every change to a protected sheet with AccessDenied. */
export function editable<T extends { readonly protected?: boolean; readonly name: string }>(
  sheet: T
): T {
  if (sheet.protected === true) {
    throw new FakeOfficeError("AccessDenied", `the sheet "${sheet.name}" is protected`);
  }
  return sheet;
}
