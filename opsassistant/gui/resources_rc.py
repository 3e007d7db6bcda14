# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x02]\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2225\
6\x22 height=\x22256\x22 \
viewBox=\x220 0 256\
 256\x22>\x0a  <rect x\
=\x2216\x22 y=\x2216\x22 wid\
th=\x22224\x22 height=\
\x22224\x22 rx=\x2248\x22 fi\
ll=\x22#1f5f8b\x22/>\x0a \
 <rect x=\x2256\x22 y=\
\x2260\x22 width=\x22144\x22\
 height=\x22148\x22 rx\
=\x2214\x22 fill=\x22#fff\
fff\x22/>\x0a  <rect x\
=\x2256\x22 y=\x2260\x22 wid\
th=\x22144\x22 height=\
\x2236\x22 rx=\x2214\x22 fil\
l=\x22#e8a33d\x22/>\x0a  \
<rect x=\x2256\x22 y=\x22\
82\x22 width=\x22144\x22 \
height=\x2214\x22 fill\
=\x22#e8a33d\x22/>\x0a  <\
circle cx=\x2292\x22 c\
y=\x2252\x22 r=\x2210\x22 fi\
ll=\x22#ffffff\x22/>\x0a \
 <circle cx=\x22164\
\x22 cy=\x2252\x22 r=\x2210\x22\
 fill=\x22#ffffff\x22/\
>\x0a  <path d=\x22M84\
 146 l28 28 l60 \
-60\x22 stroke=\x22#1f\
5f8b\x22 stroke-wid\
th=\x2218\x22 fill=\x22no\
ne\x22 stroke-linec\
ap=\x22round\x22 strok\
e-linejoin=\x22roun\
d\x22/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x10\
\x09\x06\xd1\xe7\
\x00o\
\x00p\x00s\x00a\x00s\x00s\x00i\x00s\x00t\x00a\x00n\x00t\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x02\
\x00\x00\x00\x00\x00\x00\x03\xe8\
\x00\x00\x00\x10\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x00\x00\x00\x03\xe8\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x03, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
