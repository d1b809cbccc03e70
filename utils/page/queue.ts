/**
 * A first-in first-out queue that does not shift arrays: a page may queue thousands of nodes, and
 * Array.prototype.shift moves all the others each time.
 */
export class Queue<T> {
  #items: T[] = [];
  #head = 0;

  get size(): number {
    return this.#items.length - this.#head;
  }

  push(item: T): void {
    this.#items.push(item);
  }

  /** The oldest item, taken out. Only call it when `size > 0`. */
  shift(): T {
    const item = this.#items[this.#head++]!;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    }
    return item;
  }
}
