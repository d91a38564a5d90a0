// Office picks a manifest string by the user's exact locale and falls back to the default
// (Vietnamese) for any locale without an override: an English-speaking user in the UK or India
// would otherwise see Vietnamese. Every English string is given for each of these.

export const ENGLISH_LOCALES = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IE",
  "en-IN",
  "en-NZ",
  "en-PH",
  "en-SG",
  "en-MY",
  "en-ZA",
] as const;
