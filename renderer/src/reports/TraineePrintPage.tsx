// PLACEHOLDER: the trainee report's print view (inside print/PrintFrame).
export function TraineePrintPage() {
  return null;
}
