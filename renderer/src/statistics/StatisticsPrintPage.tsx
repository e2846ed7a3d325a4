// PLACEHOLDER: the statistics print view (inside reports/print/PrintFrame).
export function StatisticsPrintPage() {
  return null;
}
