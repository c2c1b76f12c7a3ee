//go:build tools

// Keeps the registry command in the module graph so `go mod tidy` records its dependencies.
package tools

import _ "github.com/distribution/distribution/v3/cmd/registry"
