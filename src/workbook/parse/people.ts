// Finding a person of the roster from what another sheet writes about them: the id (Mã, else
// STT), the roster's STT, or the full name, compared on their normalized form.

import type { PersonInput, Problem, SourceRef } from "../../rules";
import { workbookProblem } from "../problems";
import { normalizeLabel } from "./normalize";
import { isExcelError } from "./values";

export interface RosterPerson {
  readonly input: PersonInput;
  /** The roster's STT as written. */
  readonly order: string;
  /** 1-based row on the roster. */
  readonly row: number;
  /** The cell of the id (Mã, else STT) and of the name. */
  readonly idRef: SourceRef;
  readonly nameRef: SourceRef;
}

export type PersonKey = "id" | "order" | "name";

export type Resolution =
  | { readonly kind: "one"; readonly person: RosterPerson }
  | { readonly kind: "none" }
  | { readonly kind: "many"; readonly people: readonly RosterPerson[] };

export interface PeopleIndex {
  /** Tries each key kind in turn; the first kind that matches anybody decides. */
  resolve(text: string, keys: readonly PersonKey[]): Resolution;
}

export function indexPeople(people: readonly RosterPerson[]): PeopleIndex {
  const maps: Record<PersonKey, Map<string, RosterPerson[]>> = {
    id: new Map(),
    order: new Map(),
    name: new Map(),
  };
  for (const person of people) {
    const texts: Record<PersonKey, string> = {
      id: person.input.id,
      order: person.order,
      name: person.input.name,
    };
    for (const key of ["id", "order", "name"] as const) {
      const normalized = normalizeLabel(texts[key]);
      maps[key].set(normalized, [...(maps[key].get(normalized) ?? []), person]);
    }
  }
  return {
    resolve(text, keys) {
      const normalized = normalizeLabel(text);
      for (const key of keys) {
        const found = maps[key].get(normalized) ?? [];
        const [first] = found;
        if (found.length > 1) return { kind: "many", people: found };
        if (first) return { kind: "one", person: first };
      }
      return { kind: "none" };
    },
  };
}

/** The person a cell names, or null after reporting E008 (an Excel error such as #REF!, which
 * names nobody because the cell's content is lost), E030 (nobody) or E031 (several people). */
export function resolvePerson(
  index: PeopleIndex,
  text: string,
  keys: readonly PersonKey[],
  ref: SourceRef,
  problems: Problem[]
): RosterPerson | null {
  if (isExcelError(text, ref, problems)) return null;
  const found = index.resolve(text, keys);
  if (found.kind === "one") return found.person;
  if (found.kind === "none") {
    problems.push(workbookProblem("E030", { cell: ref.cell, value: text }, [ref]));
  } else {
    const people = found.people.map((p) => `${p.input.name} (${p.input.id})`).join(", ");
    problems.push(workbookProblem("E031", { cell: ref.cell, value: text, people }, [ref]));
  }
  return null;
}

/** Remembers where each person was first met on a sheet; a second time is E032. */
export function onceEach(
  sheet: string,
  problems: Problem[]
): (p: RosterPerson, ref: SourceRef) => boolean {
  const seen = new Map<string, SourceRef>();
  return (person, ref) => {
    const first = seen.get(person.input.id);
    if (!first) {
      seen.set(person.input.id, ref);
      return true;
    }
    problems.push(
      workbookProblem(
        "E032",
        { sheet, name: person.input.name, cell: ref.cell, first: first.cell },
        [ref, first]
      )
    );
    return false;
  };
}
