// Excel's failures as the pane shows them: a message with its next step, Vietnamese and English,
// and Excel's own code and text as the technical detail.

import { describe, expect, it } from "vitest";
import { HostError, toHostError } from "../../src/excel/office-errors";
import { FakeOfficeError, type FakeErrorCode } from "../../src/fake-excel";

describe("toHostError", () => {
  it.each<FakeErrorCode>([
    "AccessDenied",
    "InvalidArgument",
    "ItemNotFound",
    "ItemAlreadyExists",
    "RequestPayloadSizeLimitExceeded",
    "ResponsePayloadSizeLimitExceeded",
    "InvalidOperationInCellEditMode",
    "ApiNotFound",
  ])("gives %s its own message and a next step, keeping Excel's text", (code) => {
    const error = toHostError(new FakeOfficeError(code, "raw text from Excel"));
    const generic = toHostError(new Error("no code"));
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe(code);
    expect(error.vi).not.toBe(generic.vi);
    expect(error.en).not.toBe(generic.en);
    expect(error.vi).toMatch(/Hãy|rồi thử lại/);
    expect(error.detail).toBe(`${code}: raw text from Excel`);
  });

  it("tells the user how to leave cell-edit mode", () => {
    const error = toHostError({ code: "InvalidOperationInCellEditMode", message: "busy" });
    expect(error.vi).toContain("Hãy thoát chế độ sửa ô (Enter hoặc Esc) rồi thử lại");
    expect(error.detail).toBe("InvalidOperationInCellEditMode: busy");
  });

  it("maps the codes of real Excel the fake never throws, and anything else to a general message", () => {
    expect(toHostError({ code: "Conflict", message: "x" }).en).toContain("Someone else");
    expect(toHostError({ code: "GeneralException", message: "x" }).en).toContain("internal error");
    const lost = toHostError(new Error("connection lost"));
    expect(lost).toMatchObject({ code: null, detail: "connection lost" });
    expect(lost.en).toContain("send the technical details");
  });

  it("passes a HostError through unchanged", () => {
    const error = new HostError("AccessDenied", "vi", "en", "detail");
    expect(toHostError(error)).toBe(error);
  });
});
