"""Writes an HTML page holding the SVG file argv[1] inline and the script
argv[2] after it (for label_check.js)."""
import sys

svg = open(sys.argv[1]).read()
script = open(sys.argv[2]).read()
print("<!DOCTYPE html><html><body>")
print(svg)
print("<script>")
print(script)
print("</script></body></html>")
