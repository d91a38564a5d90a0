// Compile-time proof, checked by `tsc --noEmit`: the real Excel API is assignable to the narrow
// interface the shell is written against, so every member the shell uses exists in Office.js
// with the shape the shell expects. Nothing here runs.

import type { ApiSupport, RequestContext } from "../../src/excel/office-api";

export const realContextFits = (context: Excel.RequestContext): RequestContext => context;

export const realRequirementsFit = (requirements: Office.RequirementSetSupport): ApiSupport =>
  requirements;
