/**
 * Objects kept alive for the process so that V8 keeps their shapes (hidden classes). A shape is
 * only weakly held once every object of it is gone, and with it goes the optimized code that
 * checks for it: a class whose objects all die with each run (a pipeline's stages, a range's
 * bounds, the variables a run made) would have its code thrown away at every full collection and
 * optimized again on the next run. The object must be built as real ones are, with values of the
 * same kinds (number for number, object for object), so that it has their shape.
 */
export function keepShape(witness: object): void {
  SHAPES.push(witness);
}

const SHAPES: object[] = [];
