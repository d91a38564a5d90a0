// How the fake behaves like Office.js: every object is a proxy for a path into the workbook.
// Setting a property or calling a method only queues an operation; load() queues a read; both
// run, in order, at context.sync(). A property is readable only after it was loaded and synced
// (otherwise PropertyNotLoaded, as in Excel). *OrNullObject proxies learn at the next sync
// whether they found anything (isNullObject).

import { jsonBytes } from "../excel/payload";
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import type { FakeChange, FakeEvents } from "./events";
import type { FakeSheet, FakeWorkbook } from "./model";

/** One queued operation: what goes over the wire, and what it does to the workbook. */
export interface Operation {
  /** The serializable request (its JSON length is the request's payload). */
  readonly request: unknown;
  /** Applies the operation; returns the bytes it adds to the response. */
  run(): number;
}

/** What proxies need from their request context. */
export interface Session {
  readonly model: FakeWorkbook;
  enqueue(operation: Operation): void;
  /** Throws ApiNotFound when the fake is configured below `version` of ExcelApi. */
  requireApi(version: string, member: string): void;
  /** What a method called on a null object gives (FakeExcelOptions.nullObjectMethods). */
  readonly nullObjectMethods: "null-result" | "fail";
  /** Where event handlers are registered. */
  readonly events: FakeEvents;
  /** Records a change an operation made, for the events raised when the batch is applied. */
  noteChange(change: FakeChange): void;
  /** Records that a member cleared the user's Undo list. */
  clearUndo(member: string): void;
}

export type Locator<T> = () => T | null;

export abstract class Proxy<T> {
  private resolved: { readonly target: T | null } | undefined;
  private nullState: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly session: Session,
    readonly path: string,
    private readonly locator: Locator<T>
  ) {}

  /** The properties load() accepts. */
  protected abstract readonly loadable: readonly string[];
  /** A loadable property's value, as the host would send it back. */
  protected abstract snapshot(target: T, property: string): unknown;

  /** The object this proxy stands for, found once (Excel binds a path to an object the first
   * time a request uses it); null for a null object. Only called while a sync runs. */
  resolve(): T | null {
    if (this.resolved === undefined) this.resolved = { target: this.locator() };
    return this.resolved.target;
  }

  /** Like resolve(), for an operation that needs the object to exist. */
  protected target(): T {
    const target = this.resolve();
    if (target === null) throw new FakeOfficeError("ItemNotFound", `${this.path} does not exist`);
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.path, "isNullObject");
    return this.nullState;
  }

  load(propertyNames: string): this {
    const properties = splitProperties(propertyNames);
    this.checkLoadable(properties);
    this.session.enqueue({
      request: { path: this.path, action: "load", properties },
      run: () => this.loadNow(properties),
    });
    return this;
  }

  /** Loads properties now (during a sync); returns the response bytes. */
  loadNow(properties: readonly string[]): number {
    const target = this.resolve();
    this.nullState = target === null;
    if (target === null) return 0;
    let bytes = 0;
    for (const property of properties) {
      const value = this.snapshot(target, property);
      this.loaded.set(property, value);
      bytes += responseBytes(value);
    }
    return bytes;
  }

  protected checkLoadable(properties: readonly string[]): void {
    for (const property of properties) {
      if (!this.loadable.includes(property)) {
        throw new FakeOfficeError("InvalidArgument", `${this.path} cannot load "${property}"`);
      }
    }
  }

  /** For *OrNullObject results: the host says at the next sync whether the object exists. */
  protected probe(): void {
    this.session.enqueue({
      request: { path: this.path, action: "exists" },
      run: () => {
        this.nullState = this.resolve() === null;
        return 5;
      },
    });
  }

  protected loadedValue<V>(property: string): V {
    if (this.nullState === true) {
      throw new FakeOfficeError("InvalidOperation", `${this.path} is a null object`);
    }
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.path, property);
    return this.loaded.get(property) as V;
  }

  /** Queues a change; it fails at sync when the object does not exist. */
  protected write(action: string, args: unknown, apply: (target: T) => void): void {
    this.session.enqueue({
      request: { path: this.path, action, args },
      run: () => {
        apply(this.target());
        return 0;
      },
    });
  }
}

/** A collection: load("items/name") (or "name") loads each item's properties. */
export abstract class CollectionProxy<T, Item extends Proxy<unknown>> extends Proxy<T> {
  protected readonly loadable = ["items"];
  protected abstract itemsOf(target: T): Item[];
  protected abstract readonly itemLoadable: readonly string[];

  override load(propertyNames: string): this {
    const itemProperties = splitProperties(propertyNames)
      .map((property) => property.replace(/^items\/?/, ""))
      .filter((property) => property !== "");
    for (const property of itemProperties) {
      if (!this.itemLoadable.includes(property)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `${this.path} items cannot load "${property}"`
        );
      }
    }
    this.session.enqueue({
      request: { path: this.path, action: "load", properties: ["items", ...itemProperties] },
      run: () => {
        const bytes = this.loadNow(["items"]);
        const items = this.resolve() === null ? [] : this.items;
        return items.reduce((sum, item) => sum + item.loadNow(itemProperties), bytes);
      },
    });
    return this;
  }

  protected snapshot(target: T): unknown {
    return this.itemsOf(target);
  }

  get items(): Item[] {
    return this.loadedValue<Item[]>("items");
  }
}

function splitProperties(propertyNames: string): string[] {
  return propertyNames
    .split(",")
    .map((property) => property.trim())
    .filter((property) => property !== "");
}

/** Items are proxies; the response carries one object per item. */
function responseBytes(value: unknown): number {
  if (Array.isArray(value) && value.some((item) => item instanceof Proxy)) return 2 + value.length;
  return jsonBytes(value);
}

/** A sheet that a request still refers to after it was deleted is an invalid reference. */
export function liveSheet(workbook: FakeWorkbook, sheet: FakeSheet): FakeSheet {
  if (!workbook.sheets.includes(sheet)) {
    throw new FakeOfficeError("InvalidReference", `the sheet "${sheet.name}" was deleted`);
  }
  return sheet;
}
