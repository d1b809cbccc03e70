import { describe, expect, it } from 'vitest';
import { Queue } from './queue';

describe('Queue', () => {
  it('gives items back in the order they came, also when pushed while being emptied', () => {
    const queue = new Queue<number>();
    const out: number[] = [];
    for (let i = 0; i < 5; i++) queue.push(i);
    out.push(queue.shift(), queue.shift());
    queue.push(5);
    while (queue.size > 0) out.push(queue.shift());
    expect(out).toEqual([0, 1, 2, 3, 4, 5]);
    // Emptied, it starts afresh.
    queue.push(6);
    expect(queue.size).toBe(1);
    expect(queue.shift()).toBe(6);
    expect(queue.size).toBe(0);
  });
});
