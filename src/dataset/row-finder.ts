/**
 * The dataset row of an id, as `rowOfId.get(id)`, trying the row after the last one found
 * first: the files a run joins to the dataset (predictions, the previous run's snapshot) are
 * nearly always in the dataset's order, and a lookup in a Map of a million ids is a cache miss
 * (about 0.5 µs: over a second of a 10^6-example run, bench/scale.bench.ts), where comparing
 * the guessed row's id costs next to nothing. The same answer as the Map in every case, since
 * the dataset's ids are unique (a duplicate is refused when it is read): `ids[k] === id` means
 * `rowOfId.get(id) === k`.
 */
export class RowFinder {
  private next = 0;

  constructor(
    private readonly ids: readonly string[],
    private readonly rowOfId: ReadonlyMap<string, number>,
  ) {}

  rowOf(id: string): number | undefined {
    const guess = this.next;
    if (guess < this.ids.length && this.ids[guess] === id) {
      this.next = guess + 1;
      return guess;
    }
    const row = this.rowOfId.get(id);
    if (row !== undefined) this.next = row + 1;
    return row;
  }
}
