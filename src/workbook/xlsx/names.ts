/**
 * The workbook's defined names, kept as the range texts they are. ExcelJS's own store keeps a name
 * as one object per cell of its range and derives the ranges back from those cells on every read
 * of `definedNames.model`: our markers and fingerprints cover whole output columns, so at 20 000
 * lines that was about 400 000 objects, half a second and hundreds of MiB for a dozen names.
 *
 * It serves what ExcelJS calls when it loads and writes a file (the `model` getter and setter) and
 * what the adapter needs (add one range, remove one name), with the same results as ExcelJS's store:
 * names whose text is not an absolute range (constants, formulas) are dropped on load, a sheet-local
 * name becomes a workbook name. The cell-level and row-shifting calls (`cell.name`, `insertRow`)
 * are not used on our workbooks and say so rather than leave a name pointing at the wrong cells.
 */

/** A name as ExcelJS's workbook model carries it. */
export interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/** ExcelJS's own test for "this text is an absolute range" (as its DefinedNames model setter uses). */
const ABSOLUTE_RANGE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

export class RangeNames {
  private readonly byName = new Map<string, string[]>();

  get model(): DefinedNameModel[] {
    const out: DefinedNameModel[] = [];
    for (const [name, ranges] of this.byName)
      if (ranges.length > 0) out.push({ name, ranges: [...ranges] });
    return out;
  }

  set model(value: DefinedNameModel[] | undefined) {
    this.byName.clear();
    for (const dn of value ?? []) {
      const ranges = this.byName.get(dn.name) ?? [];
      for (const r of dn.ranges)
        if (ABSOLUTE_RANGE.test(r.split("!").pop() ?? "") && !ranges.includes(r)) ranges.push(r);
      this.byName.set(dn.name, ranges);
    }
  }

  /** Adds a range ("'Min blad'!$A$1:$B$2") to a name. */
  add(location: string, name: string): void {
    const ranges = this.byName.get(name) ?? [];
    if (!ranges.includes(location)) ranges.push(location);
    this.byName.set(name, ranges);
  }

  /** Removes a name with all its ranges. */
  delete(name: string): void {
    this.byName.delete(name);
  }

  private unsupported(what: string): never {
    throw new Error(`${what}: not supported on workbooks opened by the xlsx adapter`);
  }

  addEx(): void {
    this.unsupported("cell names");
  }
  remove(): void {
    this.unsupported("cell names");
  }
  removeEx(): void {
    this.unsupported("cell names");
  }
  removeAllNames(): void {
    this.unsupported("cell names");
  }
  getNames(): string[] {
    return this.unsupported("cell names");
  }
  getNamesEx(): string[] {
    return this.unsupported("cell names");
  }
  spliceRows(): void {
    this.unsupported("inserting or deleting rows");
  }
  spliceColumns(): void {
    this.unsupported("inserting or deleting columns");
  }
}

/** Puts a RangeNames store in place of ExcelJS's own, before a file is loaded into the workbook. */
export function installRangeNames(workbook: object): RangeNames {
  const store = new RangeNames();
  (workbook as { _definedNames: unknown })._definedNames = store;
  return store;
}
