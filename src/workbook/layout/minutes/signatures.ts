// Who signs the minutes: each member of the counting committee, its head and, when the meeting
// sheet names one, the chair, side by side (as many a band as have room), each with the title, a
// space of at least 25 mm as printed, the name and the post. The block prints as one piece (page-breaks.ts).

import type { Signer } from "../../placement";
import { MEETING_LABELS } from "../../vocabulary";
import type { FormatSpec } from "../draft";
import { font, rowHeightFor } from "../style";
import { WORDS } from "../words";
import { SIZE, type MinutesPage, type ResultSheetArgs } from "./page";

/** 25 mm, the least room to sign in, in points as printed. */
const SIGNING_POINTS = (25 / 25.4) * 72;
/** The narrowest room a signer gets, in width units: the head's title on one line. */
const SIGNER_WIDTH = 20;

interface Signature extends Signer {
  readonly title: string;
}

function signaturesOf(args: ResultSheetArgs): Signature[] {
  const { details, lang } = args;
  const upper = (text: string) => text.toLocaleUpperCase("vi");
  const post = (text: string | undefined) => (text ? { post: text } : {});
  const memberTitle = WORDS.memberSigns[lang];
  const members = details.countingMembers.map((name, i) => ({
    title: memberTitle,
    name,
    ...post(details.countingMemberPosts[i]),
  }));
  const head = {
    title: upper(MEETING_LABELS.countingHead[lang]),
    name: details.countingHead ?? "",
    ...post(details.countingHeadPost),
  };
  const chair = details.chair ? [{ title: WORDS.chairSigns[lang], name: details.chair }] : [];
  // Without names the committee still signs, its names written by hand under the titles.
  return [...(members.length > 0 ? members : [{ title: memberTitle, name: "" }]), head, ...chair];
}

export function signatures(page: MinutesPage, args: ResultSheetArgs): void {
  const { lang } = args;
  const all = signaturesOf(args);
  const bold = { font: font(SIZE.body, { bold: true }) };
  const hint = { font: font(SIZE.notes, { italic: true }) };
  const space = Math.ceil(SIGNING_POINTS / page.scale);
  const perBand = signersABand(page.columns.widths, all.length);
  for (let first = 0; first < all.length; first += perBand) {
    const band = all.slice(first, first + perBand);
    const zones = splitColumns(page.columns.widths, band.length);
    const top = page.row;
    const posted = band.some((signer) => signer.post);
    band.forEach((signer, i) => {
      const zone = zones[i]!;
      const at = (offset: number, text: string, look: FormatSpec) =>
        page.text(top + offset, zone.left, zone.right, text, { horizontal: "center", ...look });
      at(0, signer.title, bold);
      at(1, WORDS.signHint[lang], hint);
      if (signer.name) at(3, signer.name, bold);
      if (signer.post) at(4, signer.post, hint);
    });
    page.height(top + 2, space);
    page.height(top + 3, rowHeightFor(1));
    page.row = top + (posted ? 5 : 4);
  }
  page.skip(16);
}

/** The most signers, up to `count`, whose runs of columns are each SIGNER_WIDTH wide or more. */
function signersABand(widths: readonly number[], count: number): number {
  for (let n = count; n > 1; n--) {
    const narrowest = Math.min(
      ...splitColumns(widths, n).map((span) =>
        widths.slice(span.left - 1, span.right).reduce((sum, width) => sum + width, 0)
      )
    );
    if (narrowest >= SIGNER_WIDTH) return n;
  }
  return 1;
}

/** `wanted` runs of adjacent columns (at most one a column) covering every column, each ending
 * at the column whose running width comes nearest to its share of the total. */
export function splitColumns(
  widths: readonly number[],
  wanted: number
): { left: number; right: number }[] {
  const count = Math.min(wanted, widths.length);
  const running: number[] = [];
  widths.forEach((width, i) => running.push((running[i - 1] ?? 0) + width));
  const total = running.at(-1) ?? 0;
  const spans: { left: number; right: number }[] = [];
  let left = 1;
  for (let k = 1; k < count; k++) {
    const target = (total * k) / count;
    // Leave at least one column for each span still to come.
    let right = left;
    for (let column = left; column <= widths.length - (count - k); column++) {
      const distance = Math.abs(running[column - 1]! - target);
      if (distance < Math.abs(running[right - 1]! - target)) right = column;
    }
    spans.push({ left, right });
    left = right + 1;
  }
  spans.push({ left, right: widths.length });
  return spans;
}
