// The browser's position for location fields. Resolves { lat, lng } or { error } (denied, unavailable, timed out),
// never rejects: the field shows the reason and the person can still type coordinates.
export function locate(timeoutMs) {
  return new Promise(resolve => {
    if (!navigator.geolocation) {
      resolve({ error: "unsupported" });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      p => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      e => resolve({ error: e.code === 1 ? "denied" : e.code === 3 ? "timeout" : "unavailable" }),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60000 });
  });
}
