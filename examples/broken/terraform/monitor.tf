resource "cloudflare_load_balancer_monitor" "api" {
  account_id     = var.account_id
  type           = "https"
  port           = 80
  method         = "GET"
  path           = "/health"
  expected_codes = "200"
  interval       = 60
  timeout        = 5
  retries        = 2
  description    = "API health over TLS"
}
