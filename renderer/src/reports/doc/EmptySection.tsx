// A section with nothing in it takes one line: its heading and the note side by side, so an empty
// part of a report never pushes what follows (the signature block) onto a page of its own.
export function EmptySection({ title, note }: { title: string; note: string }) {
  return (
    <section className="pd-section pd-section-empty">
      <h2 className="pd-h2">{title}</h2>
      <p className="pd-empty">{note}</p>
    </section>
  );
}
