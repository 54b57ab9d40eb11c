/** How far two RGBA images of the same size are apart: for golden tests of the share images. */
export function pixelDifference(a: Uint8Array, b: Uint8Array, tolerance = 8): { share: number; max: number } {
  if (a.length !== b.length) return { share: 1, max: 255 };
  let differing = 0;
  let max = 0;
  for (let i = 0; i < a.length; i += 4) {
    let worst = 0;
    for (let c = 0; c < 4; c++) worst = Math.max(worst, Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0)));
    if (worst > tolerance) differing++;
    if (worst > max) max = worst;
  }
  return { share: differing / (a.length / 4), max };
}
