// PLACEHOLDER: statistics on screen (country × fiscal year, by field, by host; tables and charts).
export function StatisticsPage() {
  return null;
}
