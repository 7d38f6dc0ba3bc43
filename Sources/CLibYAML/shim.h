// Bridge to the system libyaml (Debian libyaml-dev, pkg-config yaml-0.1), the event parser
// the reading layer (YAMLEventReader) streams model files through.
#ifndef INTERCO_CLIBYAML_SHIM_H
#define INTERCO_CLIBYAML_SHIM_H

#include <yaml.h>

#endif
