// Rules that compare the config with the same file on the branch the pull request targets.
import type { RuleContext } from '../types.js';

export interface ChangeFromBase<Item, Value> {
  item: Item;
  before: Value;
  after: Value;
}

/**
 * The items whose value differs between the base branch's config and the config under review, in
 * the items' order. A value either side leaves out is no change (the other rules report a missing
 * key); without a base there is nothing to compare.
 */
export function changesFromBase<Item, Value>(context: RuleContext, items: readonly Item[], read: (data: unknown, item: Item) => Value | undefined): ChangeFromBase<Item, Value>[] {
  const { config, base } = context;
  if (!base) return [];
  return items.flatMap((item) => {
    const before = read(base.data, item);
    const after = read(config.data, item);
    return before === undefined || after === undefined || before === after ? [] : [{ item, before, after }];
  });
}
