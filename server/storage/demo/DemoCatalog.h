#pragma once
// The demo marketplace's source material: categories with their products and colours.
#include <array>

namespace emporium::demo {

struct DemoCategory
{
    const char *name;
    const char *slug;
    int hue; // picture colour
    std::array<const char *, 10> nouns;
    const char *blurb;
};

inline constexpr std::array<DemoCategory, 8> kDemoCategories{{
    {"Electronics",
     "electronics",
     210,
     {"Wireless Headphones", "Mechanical Keyboard", "Bluetooth Speaker", "USB-C Charger", "Smart Watch",
      "Webcam", "Gaming Mouse", "Portable SSD", "Noise-Cancelling Earbuds", "E-Reader"},
     "Tested for a year of daily use, with a two-year warranty."},
    {"Home & Kitchen",
     "home-kitchen",
     28,
     {"Chef's Knife", "Cast Iron Skillet", "French Press", "Ceramic Mug Set", "Bamboo Cutting Board",
      "Stand Mixer", "Linen Tablecloth", "Scented Candle", "Glass Teapot", "Spice Rack"},
     "Made to be used every day and handed down."},
    {"Books",
     "books",
     0,
     {"Mystery Novel", "Cookbook", "Travel Guide", "Poetry Collection", "Sci-Fi Anthology", "History of Rome",
      "Graphic Novel", "Field Guide to Birds", "Programming Handbook", "Picture Book"},
     "Printed on acid-free paper, sewn binding."},
    {"Fashion",
     "fashion",
     330,
     {"Wool Scarf", "Leather Belt", "Denim Jacket", "Canvas Sneakers", "Silk Tie", "Knit Beanie", "Rain Coat",
      "Linen Shirt", "Sunglasses", "Backpack"},
     "Ethically made; free returns within 30 days."},
    {"Sports & Outdoors",
     "sports-outdoors",
     125,
     {"Yoga Mat", "Trail Running Shoes", "Camping Tent", "Water Bottle", "Climbing Rope", "Tennis Racket",
      "Cycling Helmet", "Sleeping Bag", "Dumbbell Set", "Hiking Poles"},
     "Field-tested in every season."},
    {"Toys & Games",
     "toys-games",
     275,
     {"Jigsaw Puzzle", "Board Game", "Building Blocks", "Plush Bear", "Kite", "Card Game", "Wooden Train Set",
      "Puzzle Cube", "Remote Control Car", "Chess Set"},
     "Safety-tested, for ages 6 and up."},
    {"Beauty",
     "beauty",
     305,
     {"Face Cream", "Lip Balm", "Shampoo Bar", "Hand Soap", "Eau de Parfum", "Nail Polish Set", "Hair Brush",
      "Bath Salts", "Sunscreen", "Beard Oil"},
     "Cruelty-free, fragrance from natural oils."},
    {"Garden",
     "garden",
     95,
     {"Watering Can", "Pruning Shears", "Seed Collection", "Garden Gloves", "Terracotta Pot", "Bird Feeder",
      "Compost Bin", "Hose Reel", "Solar Lantern", "Herb Planter"},
     "Weatherproof and built for years outdoors."},
}};

inline constexpr std::array<const char *, 9> kDemoAdjectives{
    "Classic", "Compact", "Premium", "Everyday", "Deluxe", "Eco", "Pro", "Vintage", "Ultra"};

} // namespace emporium::demo
