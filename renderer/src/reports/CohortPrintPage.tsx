// PLACEHOLDER: the cohort report's print view (inside print/PrintFrame).
export function CohortPrintPage() {
  return null;
}
