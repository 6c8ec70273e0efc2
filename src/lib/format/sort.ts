/** Sort by an explicit `order`, then alphabetically by title, so lists are stable and editable. */
export const byOrderThenTitle = (a: { order: number; title: string }, b: { order: number; title: string }): number =>
  a.order - b.order || a.title.localeCompare(b.title);
