/**
 * The drawing of the member states: Natural Earth's 1:50m countries (the world-atlas package),
 * projected and clipped to the Council of Europe's area, as SVG path data rounded to a tenth of a
 * unit of an 800-unit-wide picture. Made once per build (module cache): it depends on nothing but
 * the packages, and every page and file with the map reads the same drawing.
 */
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };
import { geoBounds, geoConicEqualArea, geoContains, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { MultiPolygon as GeoMultiPolygon } from 'geojson';
import { STATE_CODES } from '../data/reference.ts';
import { ATLAS_ID } from './atlas-ids.ts';
import { pathData, ringRecorder } from './path-data.ts';

/** The picture's width in SVG units; its height follows from the area drawn. */
export const WIDTH = 800;
const PAD = 8;

/**
 * States too small to find as shapes (they would be a few pixels on a phone), drawn as markers
 * whatever their drawn size; any other state smaller than MARKER_AREA square units (Malta,
 * Luxembourg: about 10 by 10 units, 4 by 4 pixels on a phone) is one too.
 */
export const MICRO_STATES = ['AD', 'LI', 'MC', 'SM'] as const;
export const MARKER_AREA = 100;

/**
 * Points the picture must hold: the member states' far ends on the continent and its islands
 * (Iceland's west, Portugal's and Spain's south, Malta, Crete, Cyprus, Türkiye's and Azerbaijan's
 * east, the North Cape): a conic projection bends the parallels, so the south of the picture is
 * lowest on its central meridian and a southern point far east is not enough. Overseas territories lie outside and are clipped, so Europe is not drawn tiny.
 */
const EXTENT: [number, number][] = [
  [-24.5, 66.5],
  [-24.5, 63.3],
  [-10.5, 51.5],
  [-9.5, 36.9],
  [-5.6, 35.9],
  [14.5, 35.7],
  [24.5, 34.7],
  [34.6, 34.5],
  [36.2, 35.8],
  [44.8, 37.1],
  [50.4, 40.4],
  [49.5, 41.9],
  [25.8, 71.2],
  [31.1, 70.3],
];

/** A point of Crimea (Simferopol): Natural Earth draws the peninsula in Russia; the Council of Europe and the UN General Assembly (resolution 68/262) hold it to be Ukraine’s. */
const CRIMEA: [number, number] = [34.1, 44.95];
/** Natural Earth's name for the north of Cyprus, which it draws apart; it is drawn as part of Cyprus (the member state). */
const NORTH_CYPRUS = 'N. Cyprus';
/** Russia's ISO numeric code: not a member since 16 March 2022, drawn as a neighbour. */
const RUSSIA = '643';

export interface MapGeometry {
  width: number;
  height: number;
  /** Member states drawn as shapes: alpha-2 code → SVG path data. */
  shapes: Map<string, string>;
  /** Member states drawn as markers: alpha-2 code → the marker's centre. */
  markers: Map<string, [number, number]>;
  /** The countries around them that are not members, as one shape (no borders between them). */
  context: string;
}

type Country = GeometryObject<{ name: string }> & { id?: string };

let cached: MapGeometry | undefined;

/** The map's drawing, made on first use. */
export function mapGeometry(): MapGeometry {
  return (cached ??= draw());
}

function draw(): MapGeometry {
  const topology = atlas as unknown as Topology;
  const countries = (topology.objects['countries'] as GeometryCollection<{ name: string }>).geometries as Country[];
  const byId = new Map(countries.filter((c) => c.id).map((c) => [c.id!, c]));

  // Crimea is one polygon of Russia's MultiPolygon: it moves to Ukraine, arcs and all, so the
  // border between them dissolves when the two are merged.
  const russia = byId.get(RUSSIA) as MultiPolygon<{ name: string }>;
  const isCrimea = (arcs: number[][]) =>
    geoContains(feature(topology, { type: 'Polygon', arcs } as Polygon) as GeoPermissibleObjects, CRIMEA);
  const crimea = russia.arcs.filter(isCrimea).map((arcs): Polygon => ({ type: 'Polygon', arcs }));
  const russiaWithoutCrimea: MultiPolygon = { ...russia, arcs: russia.arcs.filter((a) => !isCrimea(a)) };

  const members = new Map<string, GeometryObject[]>();
  for (const code of STATE_CODES) {
    const own = byId.get(ATLAS_ID[code] ?? '');
    if (!own) throw new Error(`src/map/atlas-ids.ts: member state ${code} has no shape in world-atlas`);
    members.set(code, [own]);
  }
  members.get('UA')!.push(...crimea);
  const northCyprus = countries.find((c) => (c.properties as { name?: string } | undefined)?.name === NORTH_CYPRUS);
  if (northCyprus) members.get('CY')!.push(northCyprus);

  const memberObjects = new Set([...members.values()].flat());
  const outside = countries
    .filter((c) => !memberObjects.has(c) && c.type !== null)
    .map((c) => (c === russia ? russiaWithoutCrimea : c));

  const projection = geoConicEqualArea().parallels([40, 62]).rotate([-14, 0]);
  const extent = { type: 'MultiPoint', coordinates: EXTENT } as const;
  projection.fitWidth(WIDTH - 2 * PAD, extent);
  const [[, top], [, bottom]] = geoPath(projection).bounds(extent);
  const height = Math.ceil(bottom - top + 2 * PAD);
  projection.fitExtent(
    [
      [PAD, PAD],
      [WIDTH - PAD, height - PAD],
    ],
    extent,
  );
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ]);
  const plain = geoPath(projection);
  const recorder = ringRecorder();
  const recording = geoPath(projection, recorder);
  const dataOf = (shape: GeoMultiPolygon) => {
    recorder.reset();
    recording(shape);
    return pathData(recorder.rings());
  };

  const shapes = new Map<string, string>();
  const markers = new Map<string, [number, number]>();
  for (const [code, objects] of members) {
    const shape = merge(topology, objects as (Polygon | MultiPolygon)[]);
    const micro = (MICRO_STATES as readonly string[]).includes(code) || plain.area(shape) < MARKER_AREA;
    if (micro) {
      const [x, y] = plain.centroid(shape);
      markers.set(code, [round(x), round(y)]);
    } else shapes.set(code, dataOf(shape));
  }

  // The neighbours: only those with land near the picture, merged into one shape.
  const near = outside.filter((c) => {
    const [[w, s], [e, n]] = geoBounds(feature(topology, c) as GeoPermissibleObjects);
    // A country across the antimeridian (Russia) has its west bound east of its east bound.
    return (w > e || (e > -40 && w < 70)) && n > 25 && s < 80;
  });
  const context = dataOf(merge(topology, near as (Polygon | MultiPolygon)[]));
  return { width: WIDTH, height, shapes, markers, context };
}

const round = (n: number) => Math.round(n * 10) / 10;
