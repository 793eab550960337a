// A signature pad on a <canvas>: pointer events cover mouse, pen and touch alike. The strokes stay in the browser
// until Save, which hands the PNG to .NET as a stream (a data URL would exceed the circuit's message size).
const pads = new WeakMap();

export function init(canvas) {
  if (pads.has(canvas)) {
    return;
  }
  const ratio = window.devicePixelRatio || 1;
  canvas.width = canvas.clientWidth * ratio;
  canvas.height = canvas.clientHeight * ratio;
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  ctx.lineWidth = 2.2;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.strokeStyle = "#101828";
  const pad = { drawn: false, drawing: false };
  pads.set(canvas, pad);

  const point = e => {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  canvas.addEventListener("pointerdown", e => {
    pad.drawing = true;
    canvas.setPointerCapture(e.pointerId);
    const [x, y] = point(e);
    ctx.beginPath();
    ctx.moveTo(x, y);
    // A tap leaves a dot, as a pen would.
    ctx.lineTo(x + 0.1, y + 0.1);
    ctx.stroke();
    pad.drawn = true;
    e.preventDefault();
  });
  canvas.addEventListener("pointermove", e => {
    if (!pad.drawing) {
      return;
    }
    const [x, y] = point(e);
    ctx.lineTo(x, y);
    ctx.stroke();
    e.preventDefault();
  });
  const end = () => { pad.drawing = false; };
  canvas.addEventListener("pointerup", end);
  canvas.addEventListener("pointercancel", end);
}

export function clear(canvas) {
  const ctx = canvas.getContext("2d");
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.restore();
  const pad = pads.get(canvas);
  if (pad) {
    pad.drawn = false;
  }
}

export function isEmpty(canvas) {
  return !(pads.get(canvas)?.drawn);
}

export function toPng(canvas) {
  return new Promise(resolve => canvas.toBlob(resolve, "image/png"));
}
