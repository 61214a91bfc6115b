#!/usr/bin/env bash
# Draws build/icon.png (1024x1024) with ImageMagick: a rounded tile, a stack of two cards and a
# check mark. electron-builder derives the .icns/.ico and the Linux sizes from this one file.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Tile: diagonal indigo-to-teal gradient clipped to a rounded square with a margin for the shadow.
convert -size 1024x1024 xc:none -sparse-color Barycentric '0,0 #6357f0 1023,1023 #0e9f8f' "$tmp/gradient.png"
convert -size 1024x1024 xc:none -fill white -draw 'roundrectangle 92,92 932,932 196,196' "$tmp/mask.png"
convert "$tmp/gradient.png" "$tmp/mask.png" -alpha off -compose CopyOpacity -composite "$tmp/tile.png"

# Back card, tilted, translucent.
convert -size 1024x1024 xc:none -fill 'rgba(255,255,255,0.38)' \
  -draw 'translate 540,500 rotate 10 roundrectangle -210,-250 210,250 44,44' "$tmp/back.png"

# Front card with a soft shadow.
convert -size 1024x1024 xc:none -fill '#fdfcf8' \
  -draw 'translate 488,540 rotate -4 roundrectangle -210,-250 210,250 44,44' "$tmp/front.png"
# -shadow keeps a page offset; flattening onto the tile below places it under the card.
convert "$tmp/front.png" -background 'rgba(10,20,40,0.55)' -shadow 60x22+0+18 "$tmp/shadow.png"

# Check mark on the front card.
convert -size 1024x1024 xc:none -stroke '#0f766e' -strokewidth 64 -fill none \
  -draw 'stroke-linecap round stroke-linejoin round polyline 372,560 460,650 620,452' "$tmp/check.png"

# Two lines of "text" above the check, as on a flash card.
convert -size 1024x1024 xc:none -stroke '#c7c3d9' -strokewidth 26 \
  -draw 'stroke-linecap round line 372,372 600,360' \
  -draw 'stroke-linecap round line 372,424 540,416' "$tmp/lines.png"

convert "$tmp/tile.png" "$tmp/back.png" -composite "$tmp/shadow.png" -background none -layers flatten \
  "$tmp/front.png" -composite "$tmp/lines.png" -composite "$tmp/check.png" -composite \
  -define png:color-type=6 -depth 8 icon.png
identify icon.png
