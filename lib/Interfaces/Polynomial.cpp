//===- Polynomial.cpp - Exact integer polynomials over shape symbols ------===//

#include "cost/Interfaces/Polynomial.h"
#include "cost/Support/Limits.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <numeric>

using namespace mlir;
using namespace mlir::cost;

// Overflow-checked int64 arithmetic on the compiler's overflow builtins
// (llvm::checkedAdd goes through APInt, which showed in profiles).
static std::optional<int64_t> addInt64(int64_t a, int64_t b) {
  int64_t result;
  if (llvm::AddOverflow(a, b, result))
    return std::nullopt;
  return result;
}

static std::optional<int64_t> mulInt64(int64_t a, int64_t b) {
  int64_t result;
  if (llvm::MulOverflow(a, b, result))
    return std::nullopt;
  return result;
}

void Polynomial::TermList::Deleter::operator()(std::vector<Term> *list) const {
  delete list;
}

Polynomial::TermList::List Polynomial::TermList::copy(const TermList &other) {
  return List(new std::vector<Term>(*other.list));
}

void Polynomial::TermList::push_back(Term term) {
  if (!list)
    list = List(new std::vector<Term>());
  list->push_back(std::move(term));
}

Polynomial::TermList::iterator Polynomial::TermList::insert(iterator at,
                                                            Term term) {
  if (!list) {
    list = List(new std::vector<Term>());
    return list->insert(list->end(), std::move(term));
  }
  return list->insert(at, std::move(term));
}

/// Print order: higher total degree first, then by atom keys and powers.
int Polynomial::compareMonomials(const Term &a, const Term &b) {
  auto degree = [](const Term &t) {
    unsigned d = 0;
    for (const Factor &f : t.factors)
      d += f.power;
    return d;
  };
  unsigned da = degree(a), db = degree(b);
  if (da != db)
    return da > db ? -1 : 1;
  for (size_t i = 0; i < a.factors.size() && i < b.factors.size(); ++i) {
    int c = a.factors[i].atom->key.compare(b.factors[i].atom->key);
    if (c != 0)
      return c;
    if (a.factors[i].power != b.factors[i].power)
      return a.factors[i].power > b.factors[i].power ? -1 : 1;
  }
  if (a.factors.size() != b.factors.size())
    return a.factors.size() < b.factors.size() ? -1 : 1;
  return 0;
}

bool Polynomial::addTerm(const Term &term) {
  if (term.coefficient == 0)
    return true;
  auto it = std::lower_bound(
      terms.begin(), terms.end(), term,
      [](const Term &a, const Term &b) { return compareMonomials(a, b) < 0; });
  if (it != terms.end() && compareMonomials(*it, term) == 0) {
    std::optional<int64_t> sum = addInt64(it->coefficient, term.coefficient);
    if (!sum)
      return false;
    if (*sum == 0)
      terms.erase(it);
    else
      it->coefficient = *sum;
    return true;
  }
  terms.insert(it, term);
  return true;
}

Polynomial Polynomial::fromAtom(std::shared_ptr<const PolynomialAtom> atom) {
  Polynomial p;
  Term term;
  term.factors.push_back({std::move(atom), 1});
  term.coefficient = 1;
  p.terms.push_back(std::move(term));
  return p;
}

Polynomial Polynomial::symbol(StringRef name) {
  auto atom = std::make_shared<PolynomialAtom>();
  atom->key = name.str();
  return fromAtom(std::move(atom));
}

std::optional<Polynomial> Polynomial::add(const Polynomial &a,
                                          const Polynomial &b) {
  std::optional<int64_t> constant = addInt64(a.constant, b.constant);
  if (!constant)
    return std::nullopt;
  if (a.terms.empty() && b.terms.empty())
    return Polynomial(*constant);
  if (b.terms.empty()) {
    Polynomial sum = a;
    sum.constant = *constant;
    return sum;
  }
  Polynomial sum = a.terms.size() >= b.terms.size() ? a : b;
  const Polynomial &other = a.terms.size() >= b.terms.size() ? b : a;
  sum.constant = *constant;
  for (const Term &term : other.terms)
    if (!sum.addTerm(term))
      return std::nullopt;
  if (sum.terms.size() > kMaxFormulaTerms)
    return tooManyTerms();
  return sum;
}

std::optional<Polynomial> Polynomial::sub(const Polynomial &a,
                                          const Polynomial &b) {
  std::optional<Polynomial> negated = mul(b, -1);
  if (!negated)
    return std::nullopt;
  return add(a, *negated);
}

std::optional<Polynomial> Polynomial::mul(const Polynomial &a,
                                          const Polynomial &b) {
  if (a.terms.empty() && b.terms.empty()) {
    std::optional<int64_t> product = mulInt64(a.constant, b.constant);
    if (!product)
      return std::nullopt;
    return Polynomial(*product);
  }
  // A product has up to |a| x |b| terms: refuse before the work when that
  // bound is far past the limit (20 nested loops of bounds a_i + b_i made
  // 2^20 terms), and after it when the product itself is.
  if ((a.terms.size() + 1) * (b.terms.size() + 1) > 4 * kMaxFormulaTerms)
    return tooManyTerms();
  // Each side as a list of terms with the constant as a term of no factors.
  auto allTerms = [](const Polynomial &p) {
    SmallVector<Term> list(p.terms.begin(), p.terms.end());
    if (p.constant != 0)
      list.push_back({{}, p.constant});
    return list;
  };
  Polynomial product;
  for (const Term &x : allTerms(a)) {
    for (const Term &y : allTerms(b)) {
      std::optional<int64_t> coefficient =
          mulInt64(x.coefficient, y.coefficient);
      if (!coefficient)
        return std::nullopt;
      if (x.factors.empty() && y.factors.empty()) {
        std::optional<int64_t> sum = addInt64(product.constant, *coefficient);
        if (!sum)
          return std::nullopt;
        product.constant = *sum;
        continue;
      }
      // Merge the two sorted factor lists, adding powers of equal atoms.
      Term term;
      term.coefficient = *coefficient;
      size_t i = 0, j = 0;
      while (i < x.factors.size() || j < y.factors.size()) {
        int c = i == x.factors.size() ? 1
                : j == y.factors.size()
                    ? -1
                    : x.factors[i].atom->key.compare(y.factors[j].atom->key);
        if (c < 0) {
          term.factors.push_back(x.factors[i++]);
        } else if (c > 0) {
          term.factors.push_back(y.factors[j++]);
        } else {
          Factor f = x.factors[i++];
          f.power += y.factors[j++].power;
          term.factors.push_back(std::move(f));
        }
      }
      if (!product.addTerm(term))
        return std::nullopt;
    }
  }
  if (product.terms.size() > kMaxFormulaTerms)
    return tooManyTerms();
  return product;
}

/// Set by an operation that failed on kMaxFormulaTerms rather than on
/// overflow, for the caller to tell the two apart (takeTermLimitFailure).
static thread_local bool termLimitFailure = false;

std::nullopt_t Polynomial::tooManyTerms() {
  termLimitFailure = true;
  return std::nullopt;
}

bool Polynomial::takeTermLimitFailure() {
  bool hit = termLimitFailure;
  termLimitFailure = false;
  return hit;
}

/// floor(a / b) for b > 0.
static int64_t floorDivide(int64_t a, int64_t b) {
  return a / b - (a % b != 0 && a < 0);
}

std::optional<Polynomial> Polynomial::divide(const Polynomial &p,
                                             int64_t divisor, bool ceil) {
  if (divisor <= 0)
    return std::nullopt;
  if (p.isConstant()) {
    // ceil(a / b) = -floor(-a / b); -INT64_MIN overflows.
    if (ceil && p.constant == INT64_MIN)
      return std::nullopt;
    return Polynomial(ceil ? -floorDivide(-p.constant, divisor)
                           : floorDivide(p.constant, divisor));
  }
  bool exact =
      p.constant % divisor == 0 && llvm::all_of(p.terms, [&](const Term &t) {
        return t.coefficient % divisor == 0;
      });
  if (!exact) {
    // floor(p/c) = floor((p/g)/(c/g)) for g dividing c and every
    // coefficient: ceil(2*C/4) is ceil(C/2).
    int64_t g = std::gcd(divisor, p.constant);
    for (const Term &t : p.terms)
      g = std::gcd(g, t.coefficient);
    if (g > 1) {
      Polynomial reduced = p;
      reduced.constant /= g;
      for (Term &t : reduced.terms)
        t.coefficient /= g;
      return divide(reduced, divisor / g, ceil);
    }
  }
  if (exact) {
    Polynomial quotient = p;
    quotient.constant /= divisor;
    for (Term &t : quotient.terms)
      t.coefficient /= divisor;
    return quotient;
  }
  auto atom = std::make_shared<PolynomialAtom>();
  std::string numerator = p.toString();
  bool single = p.constant == 0 && p.terms.size() == 1;
  atom->key = (ceil ? "ceil(" : "floor(") +
              (single ? numerator : "(" + numerator + ")") + "/" +
              std::to_string(divisor) + ")";
  atom->numerator = std::make_unique<Polynomial>(p);
  atom->divisor = divisor;
  atom->ceil = ceil;
  return fromAtom(std::move(atom));
}

std::optional<Polynomial> Polynomial::floorDiv(const Polynomial &p,
                                               int64_t divisor) {
  return divide(p, divisor, /*ceil=*/false);
}

std::optional<Polynomial> Polynomial::ceilDiv(const Polynomial &p,
                                              int64_t divisor) {
  return divide(p, divisor, /*ceil=*/true);
}

Polynomial &Polynomial::operator+=(const Polynomial &other) {
  std::optional<Polynomial> sum = add(*this, other);
  if (!sum)
    llvm::report_fatal_error("cost-opt: per-element count overflows int64");
  return *this = std::move(*sum);
}

Polynomial &Polynomial::operator*=(int64_t factor) {
  std::optional<Polynomial> product = mul(*this, factor);
  if (!product)
    llvm::report_fatal_error("cost-opt: per-element count overflows int64");
  return *this = std::move(*product);
}

std::optional<Polynomial>
Polynomial::substitute(const llvm::StringMap<Polynomial> &values) const {
  Polynomial result = constant;
  for (const Term &t : terms) {
    Polynomial product = t.coefficient;
    for (const Factor &f : t.factors) {
      std::optional<Polynomial> value;
      if (f.atom->numerator) {
        std::optional<Polynomial> numerator =
            f.atom->numerator->substitute(values);
        value = numerator ? divide(*numerator, f.atom->divisor, f.atom->ceil)
                          : std::nullopt;
      } else if (auto it = values.find(f.atom->key); it != values.end()) {
        value = it->second;
      } else {
        value = fromAtom(f.atom);
      }
      for (unsigned i = 0; value && i < f.power; ++i) {
        std::optional<Polynomial> next = mul(product, *value);
        if (!next)
          return std::nullopt;
        product = std::move(*next);
      }
      if (!value)
        return std::nullopt;
    }
    std::optional<Polynomial> sum = add(result, product);
    if (!sum)
      return std::nullopt;
    result = std::move(*sum);
  }
  return result;
}

bool Polynomial::hasNonNegativeCoefficients() const {
  return constant >= 0 &&
         llvm::all_of(terms, [](const Term &t) { return t.coefficient >= 0; });
}

void Polynomial::getSymbols(SmallVectorImpl<std::string> &symbols) const {
  if (terms.empty())
    return;
  // `symbols` is already sorted and unique (it accumulates over a whole
  // report): each new name is looked up, not the whole list sorted again,
  // which made reports of long call chains quadratic.
  auto addName = [&](const std::string &name) {
    auto it = std::lower_bound(symbols.begin(), symbols.end(), name);
    if (it == symbols.end() || *it != name)
      symbols.insert(it, name);
  };
  if (!std::is_sorted(symbols.begin(), symbols.end())) {
    llvm::sort(symbols);
    symbols.erase(std::unique(symbols.begin(), symbols.end()), symbols.end());
  }
  for (const Term &t : terms)
    for (const Factor &f : t.factors) {
      if (f.atom->numerator)
        f.atom->numerator->getSymbols(symbols);
      else
        addName(f.atom->key);
    }
}

std::optional<bool> Polynomial::knownGreaterOrEqual(const Polynomial &a,
                                                    const Polynomial &b) {
  std::optional<Polynomial> difference = sub(a, b);
  if (!difference)
    return std::nullopt;
  if (difference->hasNonNegativeCoefficients())
    return true;
  std::optional<Polynomial> negated = mul(*difference, -1);
  if (negated && negated->hasNonNegativeCoefficients())
    return false;
  return std::nullopt;
}

void Polynomial::print(llvm::raw_ostream &os) const {
  bool first = true;
  auto sign = [&](int64_t coefficient) {
    // The magnitude to print; INT64_MIN prints through its digits.
    if (first)
      os << (coefficient < 0 ? "-" : "");
    else
      os << (coefficient < 0 ? " - " : " + ");
    first = false;
  };
  auto magnitude = [](int64_t value) {
    return value < 0 ? std::to_string(value).substr(1) : std::to_string(value);
  };
  for (const Term &t : terms) {
    sign(t.coefficient);
    bool unit = t.coefficient == 1 || t.coefficient == -1;
    if (!unit)
      os << magnitude(t.coefficient);
    for (auto [i, f] : llvm::enumerate(t.factors)) {
      if (!unit || i != 0)
        os << "*";
      os << f.atom->key;
      if (f.power != 1)
        os << "^" << f.power;
    }
  }
  if (constant != 0 || first) {
    sign(constant);
    os << magnitude(constant);
  }
}

std::string Polynomial::toString() const {
  std::string text;
  llvm::raw_string_ostream os(text);
  print(os);
  return text;
}

bool Polynomial::operator==(const Polynomial &other) const {
  if (constant != other.constant || terms.size() != other.terms.size())
    return false;
  for (auto [a, b] : llvm::zip(terms, other.terms))
    if (a.coefficient != b.coefficient || compareMonomials(a, b) != 0)
      return false;
  return true;
}
