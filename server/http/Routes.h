#pragma once
// Route tables, one function per area of API.md. Handlers are short: parse, call, map.
namespace emporium::http {

class Router;

void addServiceRoutes(Router &router);    // /healthz, /metrics, openapi, /images, /ws
void addCatalogRoutes(Router &router);    // categories, items
void addAccountRoutes(Router &router);    // register, login, logout, me
void addCartRoutes(Router &router);       // cart, wishlist
void addOrderRoutes(Router &router);      // orders
void addSellerRoutes(Router &router);     // the seller's inventory
void addAdminRoutes(Router &router);      // users
void addDiscoveryRoutes(Router &router);  // home, related, questions and answers, reviews
void addFulfilmentRoutes(Router &router); // after payment: the shop's queue, ship, deliver, cancel, refund

} // namespace emporium::http
