// Errors the fake throws where Excel throws, with Excel's error codes (OfficeExtension.Error.code),
// so a shell that mishandles the API fails in tests the way it would fail in Excel.

export type FakeErrorCode =
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
