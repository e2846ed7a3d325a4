// PLACEHOLDER: the host report's print view (inside print/PrintFrame).
export function HostPrintPage() {
  return null;
}
