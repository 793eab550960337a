// The flow canvas's place on the page, so the server can turn pointer and drop positions into canvas points.
export function rect(element) {
  const r = element.getBoundingClientRect();
  return [r.left, r.top, r.width, r.height];
}
